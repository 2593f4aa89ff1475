package vn.partytrack.congress;

import vn.partytrack.platform.Opened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Records;
import vn.partytrack.review.ReviewStep;
import vn.partytrack.platform.Text;
import vn.partytrack.review.HistoryEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Congress use cases. A unit's secretary records its congress and the stages it reaches; district board staff
 * plan (pilots, planned dates) and confirm or return the stages that belong to the district.
 */
@ApplicationScoped
@Transactional
public class CongressService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    InputValidation validation;

    @Inject
    ReviewStep reviews;

    @Inject
    CongressTerms terms;

    /** Opens the organisation's congress for a term, creating it if needed: its secretary or district staff. */
    public Opened open(Long organisationId, Long termId) {
        Organisation organisation = reviews.lockOrganisation(organisationId);
        CongressTerm term = termId == null ? null : em.find(CongressTerm.class, termId);
        if (organisation == null || term == null) {
            throw new NotFound("organisation " + organisationId + " or term " + termId);
        }
        Congress existing = em.createQuery("SELECT c FROM Congress c WHERE c.organisation = :o AND c.term = :t", Congress.class)
                .setParameter("o", organisation).setParameter("t", term).getResultStream().findFirst().orElse(null);
        return reviews.open(organisation, existing, Congress::getId, true, () -> new Congress(organisation, term, clock.instant()));
    }

    public CongressDetails get(Long id) {
        Congress c = find(id, null);
        caller.requireRead(c.getOrganisation());
        return details(c);
    }

    /** The secretary's details of the congress: when it was held, who attended, who was elected. */
    public CongressDetails update(Long id, CongressForm form) {
        Congress c = find(id, form.getVersion());
        caller.requireSecretaryOf(c.getOrganisation());
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (c.resultsApproved()) {
            throw new IllegalTransition("congress.closed");
        }
        if (form.getHeldFrom() == null && c.stageRecord(CongressStage.HELD).isPresent()) {
            throw new InvalidInput("heldFrom", "congress.heldFrom.recorded");
        }
        if (form.getHeldFrom() != null && c.stageRecord(CongressStage.HELD).isEmpty()
                && !c.earlierStagesReached(em.find(CongressStage.class, CongressStage.HELD), terms.stages())) {
            throw new InvalidInput("heldFrom", "congress.stage.previous");
        }
        form.setSecretaryName(Text.clean(form.getSecretaryName()));
        form.setDeputyNames(Text.clean(form.getDeputyNames()));
        form.setApprovalDecisionNo(Text.clean(form.getApprovalDecisionNo()));
        validation.require(form, findings(form));
        c.describe(form, clock.instant());
        if (form.getHeldFrom() != null) {
            CongressStage held = em.find(CongressStage.class, CongressStage.HELD);
            c.reach(held, form.getHeldFrom(), c.stageRecord(CongressStage.HELD).map(CongressStageRecord::getNote).orElse(null),
                    caller.auditName(), clock.instant());
        }
        Writes.flush(em, "congress");
        return details(c);
    }

    /** District staff choose pilots and planned dates. */
    public CongressDetails plan(Long id, boolean pilot, LocalDate plannedDate, Long expectedVersion) {
        caller.requireStaff();
        if (expectedVersion == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        Congress c = find(id, expectedVersion);
        caller.requireRead(c.getOrganisation());
        if (c.getHeldFrom() != null) {
            // the plan is what the schedule is judged against: it cannot move once the congress is held
            throw new IllegalTransition("congress.alreadyHeld");
        }
        c.plan(pilot, plannedDate, clock.instant());
        Writes.flush(em, "congress");
        return details(c);
    }

    /** The secretary records the date a stage was reached (or corrects it while the district has not confirmed it). */
    public CongressDetails recordStage(Long id, String stageCode, LocalDate completedOn, String note, Long expectedVersion) {
        Congress c = find(id, expectedVersion);
        caller.requireSecretaryOf(c.getOrganisation());
        CongressStage stage = stageOf(stageCode);
        if (c.resultsApproved() && !CongressStage.ARCHIVED.equals(stageCode)) {
            throw new IllegalTransition("congress.closed");
        }
        if (c.stageRecord(stageCode).isEmpty() && !c.earlierStagesReached(stage, terms.stages())) {
            throw new InvalidInput("stageCode", "congress.stage.previous");
        }
        List<FieldError> errors = new ArrayList<>();
        String cleanNote = Text.clean(note);
        if (completedOn == null) {
            errors.add(new FieldError("completedOn", "field.required"));
        } else if (completedOn.isAfter(today())) {
            errors.add(new FieldError("completedOn", "congress.date.future"));
        }
        if (cleanNote != null && cleanNote.length() > 500) {
            errors.add(new FieldError("note", "field.tooLong", Map.of("max", 500)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        c.reach(stage, completedOn, cleanNote, caller.auditName(), clock.instant());
        if (CongressStage.HELD.equals(stageCode)) {
            CongressForm f = CongressForm.of(c);
            f.setHeldFrom(completedOn);
            if (f.getHeldTo() == null || f.getHeldTo().isBefore(completedOn)) {
                f.setHeldTo(completedOn);
            }
            c.describe(f, clock.instant());
        }
        Writes.flush(em, "congress");
        return details(c);
    }

    public CongressDetails submitStage(Long id, String stageCode, Long expectedVersion) {
        Congress c = find(id, expectedVersion);
        caller.requireSecretaryOf(c.getOrganisation());
        reviews.submit(recordOf(c, stageCode), r -> { });
        return details(c);
    }

    public CongressDetails returnStage(Long id, String stageCode, String reason, Long expectedVersion) {
        return details(reviews.returnForCorrection(() -> recordOf(find(id, expectedVersion), stageCode), reason).getCongress());
    }

    public CongressDetails acceptStage(Long id, String stageCode, Long expectedVersion) {
        return details(reviews.accept(() -> recordOf(find(id, expectedVersion), stageCode)).getCongress());
    }

    // ---- internals

    private List<FieldError> findings(CongressForm f) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        if (f.getHeldFrom() != null && f.getHeldFrom().isAfter(today)) {
            errors.add(new FieldError("heldFrom", "congress.date.future"));
        }
        if (f.getHeldTo() != null && f.getHeldFrom() == null) {
            errors.add(new FieldError("heldFrom", "field.required"));
        }
        if (f.getHeldTo() != null && f.getHeldFrom() != null && f.getHeldTo().isBefore(f.getHeldFrom())) {
            errors.add(new FieldError("heldTo", "congress.heldTo.beforeFrom"));
        }
        if (f.getHeldTo() != null && f.getHeldFrom() != null && ChronoUnit.DAYS.between(f.getHeldFrom(), f.getHeldTo()) > 1) {
            errors.add(new FieldError("heldTo", "congress.heldTo.tooLong"));
        }
        if (f.getAttending() != null && f.getSummoned() != null && f.getAttending() > f.getSummoned()) {
            errors.add(new FieldError("attending", "congress.attending.overSummoned"));
        }
        if (f.getCommitteeElected() != null && f.getCommitteeApproved() != null && f.getCommitteeElected() > f.getCommitteeApproved()) {
            errors.add(new FieldError("committeeElected", "congress.elected.overApproved"));
        }
        if (f.getApprovalDecisionOn() != null && f.getHeldTo() != null && f.getApprovalDecisionOn().isBefore(f.getHeldTo())) {
            errors.add(new FieldError("approvalDecisionOn", "congress.approval.beforeCongress"));
        }
        return errors;
    }

    private CongressStage stageOf(String code) {
        CongressStage stage = code == null ? null : em.find(CongressStage.class, code);
        if (stage == null) {
            throw new InvalidInput("stageCode", "congress.stage.unknown");
        }
        return stage;
    }

    private static CongressStageRecord recordOf(Congress c, String stageCode) {
        return c.stageRecord(stageCode).orElseThrow(() -> new InvalidInput("stageCode", "congress.stage.notRecorded"));
    }

    private Congress find(Long id, Long expectedVersion) {
        return Records.find(em, Congress.class, id, expectedVersion, Congress::getVersion, "congress");
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }

    private CongressDetails details(Congress c) {
        Organisation o = c.getOrganisation();
        boolean secretary = caller.isSecretaryOf(o);
        boolean staff = caller.is(Role.STAFF);
        List<CongressDetails.Stage> stages = new ArrayList<>();
        for (CongressStage s : terms.stages()) {
            CongressStageRecord r = c.stageRecord(s.getCode()).orElse(null);
            var status = r == null ? null : r.getReview().status();
            boolean recordable = secretary && (r == null || !s.isDistrictConfirms() || status.editable());
            List<HistoryEntry> history = r == null ? List.of() : r.history();
            String lastReturn = r == null ? null : r.lastReturnReason();
            stages.add(new CongressDetails.Stage(s.getCode(), s.getNameVi(), s.getNameEn(), s.isDistrictConfirms(),
                    r == null ? null : r.getCompletedOn(), r == null ? null : r.getNote(), s.isDistrictConfirms() ? status : null,
                    r != null && r.reached(), lastReturn, history, recordable,
                    secretary && r != null && s.isDistrictConfirms() && status.editable() && r.getCompletedOn() != null,
                    staff && r != null && s.isDistrictConfirms() && status.awaitingReview()));
        }
        CongressTerm t = c.getTerm();
        return new CongressDetails(c.getId(), o.getId(), o.getCode(), o.getName(), o.getMembership().total(), t.getId(),
                t.getCode(), t.getNameVi(), t.getNameEn(), t.getGrassrootsDeadline(), t.getDelegateThreshold(), c.isPilot(),
                c.getPlannedDate(), c.schedule(today()), CongressForm.of(c), stages, secretary, staff);
    }
}
