package vn.partytrack.congress;

import vn.partytrack.platform.Opened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.notification.Notifier;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;
import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewAction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    Notifier notifier;

    @Inject
    vn.partytrack.audit.AuditTrail audit;

    @Inject
    @ConfigProperty(name = "partytrack.congress.stuck-days", defaultValue = "30")
    int stuckDays;

    /** A term, as lists show it. */
    public record TermRow(Long id, String code, String nameVi, String nameEn, LocalDate grassrootsDeadline,
                          int delegateThreshold, String governingDocument) implements java.io.Serializable {
    }

    public List<TermRow> terms() {
        caller.requireSignedIn();
        return em.createQuery("SELECT t FROM CongressTerm t ORDER BY t.grassrootsDeadline DESC", CongressTerm.class)
                .getResultStream().map(t -> new TermRow(t.getId(), t.getCode(), t.getNameVi(), t.getNameEn(),
                        t.getGrassrootsDeadline(), t.getDelegateThreshold(), t.getGoverningDocument())).toList();
    }

    /** A new term with its rules (administrators): a new congress cycle needs no code change. */
    public Long createTerm(TermForm form) {
        caller.requireAdmin();
        form.setCode(Text.clean(form.getCode()));
        form.setNameVi(Text.clean(form.getNameVi()));
        form.setNameEn(Text.clean(form.getNameEn()));
        form.setGoverningDocument(Text.clean(form.getGoverningDocument()));
        List<FieldError> findings = new ArrayList<>();
        if (form.getCode() != null && !em.createQuery("SELECT t.id FROM CongressTerm t WHERE LOWER(t.code) = LOWER(:c)", Long.class)
                .setParameter("c", form.getCode()).getResultList().isEmpty()) {
            findings.add(new FieldError("code", "period.code.taken"));
        }
        validation.require(form, findings);
        CongressTerm term = new CongressTerm(form.getCode(), form.getNameVi(), form.getNameEn(), form.getGoverningDocument(),
                form.getGrassrootsDeadline(), form.getDelegateThreshold());
        em.persist(term);
        flush();
        audit.record(caller.auditName(), "CONGRESS_TERM", term.getId(), "CREATE", null,
                Map.of("code", term.getCode(), "deadline", String.valueOf(term.getGrassrootsDeadline()), "threshold", term.getDelegateThreshold()));
        return term.getId();
    }

    /** Days at one stage after which a unit counts as stuck (configuration). */
    public int stuckDays() {
        return stuckDays;
    }

    public List<CongressStage> stages() {
        return em.createQuery("SELECT s FROM CongressStage s ORDER BY s.sortOrder", CongressStage.class).getResultList();
    }

    /** Opens the organisation's congress for a term, creating it if needed: its secretary or district staff. */
    public Opened open(Long organisationId, Long termId) {
        Organisation organisation = em.find(Organisation.class, organisationId == null ? -1L : organisationId, LockModeType.PESSIMISTIC_WRITE);
        CongressTerm term = em.find(CongressTerm.class, termId == null ? -1L : termId);
        if (organisation == null || term == null) {
            throw new NotFound("organisation " + organisationId + " or term " + termId);
        }
        Congress existing = em.createQuery("SELECT c FROM Congress c WHERE c.organisation = :o AND c.term = :t", Congress.class)
                .setParameter("o", organisation).setParameter("t", term).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            caller.requireRead(organisation);
            return new Opened(existing.getId(), false);
        }
        if (!caller.is(Role.STAFF)) {
            caller.requireSecretaryOf(organisation);
        }
        Congress congress = new Congress(organisation, term, clock.instant());
        em.persist(congress);
        flush();
        return new Opened(congress.getId(), true);
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
            throw new vn.partytrack.platform.IllegalTransition("congress.closed");
        }
        if (form.getHeldFrom() == null && c.stageRecord(CongressStage.HELD).isPresent()) {
            throw new InvalidInput("heldFrom", "congress.heldFrom.recorded");
        }
        if (form.getHeldFrom() != null && c.stageRecord(CongressStage.HELD).isEmpty()
                && !c.earlierStagesReached(em.find(CongressStage.class, CongressStage.HELD), stages())) {
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
        flush();
        return details(c);
    }

    /** District staff choose pilots and planned dates. */
    public CongressDetails plan(Long id, boolean pilot, LocalDate plannedDate, Long expectedVersion) {
        caller.requireStaff();
        if (expectedVersion == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        Congress c = find(id, expectedVersion);
        if (c.getHeldFrom() != null) {
            // the plan is what the schedule is judged against: it cannot move once the congress is held
            throw new vn.partytrack.platform.IllegalTransition("congress.alreadyHeld");
        }
        c.plan(pilot, plannedDate, clock.instant());
        flush();
        return details(c);
    }

    /** The secretary records the date a stage was reached (or corrects it while the district has not confirmed it). */
    public CongressDetails recordStage(Long id, String stageCode, LocalDate completedOn, String note, Long expectedVersion) {
        Congress c = find(id, expectedVersion);
        caller.requireSecretaryOf(c.getOrganisation());
        CongressStage stage = stageOf(stageCode);
        if (c.resultsApproved() && !CongressStage.ARCHIVED.equals(stageCode)) {
            throw new vn.partytrack.platform.IllegalTransition("congress.closed");
        }
        if (c.stageRecord(stageCode).isEmpty() && !c.earlierStagesReached(stage, stages())) {
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
        flush();
        return details(c);
    }

    public CongressDetails submitStage(Long id, String stageCode, Long expectedVersion) {
        Congress c = find(id, expectedVersion);
        caller.requireSecretaryOf(c.getOrganisation());
        CongressStageRecord record = recordOf(c, stageCode);
        record.submit(caller.auditName(), clock.instant());
        c.touch(clock.instant());
        flush();
        notifier.toStaff("CONGRESS_STAGE_SUBMITTED", "notification.congressStageSubmitted",
                List.of(c.getOrganisation().getName(), record.getStage().getNameVi()), null);
        return details(c);
    }

    public CongressDetails returnStage(Long id, String stageCode, String reason, Long expectedVersion) {
        caller.requireStaff();
        String clean = Text.clean(reason);
        if (clean == null) {
            throw new InvalidInput("reason", "review.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw new InvalidInput(List.of(new FieldError("reason", "field.tooLong", Map.of("max", 2000))));
        }
        Congress c = find(id, expectedVersion);
        CongressStageRecord record = recordOf(c, stageCode);
        record.returnForCorrection(caller.auditName(), clean, clock.instant());
        c.touch(clock.instant());
        flush();
        notifier.toSecretariesOf(c.getOrganisation().getId(), "CONGRESS_STAGE_RETURNED", "notification.congressStageReturned",
                List.of(record.getStage().getNameVi(), clean), null, null);
        return details(c);
    }

    public CongressDetails acceptStage(Long id, String stageCode, Long expectedVersion) {
        caller.requireStaff();
        Congress c = find(id, expectedVersion);
        recordOf(c, stageCode).accept(caller.auditName(), clock.instant());
        c.touch(clock.instant());
        flush();
        return details(c);
    }

    /** The congress progress of a term across the active grassroots organisations of a bloc (all blocs when null). */
    public CongressProgress progress(Long termId, String blocCode) {
        caller.requireDistrictReader();
        CongressTerm term = termId == null ? null : em.find(CongressTerm.class, termId);
        if (term == null) {
            throw new NotFound("term " + termId);
        }
        String bloc = blocCode == null ? "" : blocCode;
        List<Organisation> units = em.createQuery("""
                        SELECT o FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b LEFT JOIN FETCH o.sector
                        WHERE o.active = true AND t.grassroots = true AND (:bloc = '' OR b.code = :bloc)
                        ORDER BY o.name""", Organisation.class).setParameter("bloc", bloc).getResultList();
        Map<Long, Congress> byUnit = new HashMap<>();
        em.createQuery("SELECT DISTINCT c FROM Congress c JOIN FETCH c.organisation LEFT JOIN FETCH c.stages WHERE c.term = :t", Congress.class)
                .setParameter("t", term).getResultStream().forEach(c -> byUnit.put(c.getOrganisation().getId(), c));
        LocalDate today = today();
        List<CongressRow> rows = new ArrayList<>();
        Map<String, Integer> atStage = new LinkedHashMap<>();
        atStage.put("", 0);
        stages().forEach(s -> atStage.put(s.getCode(), 0));
        int held = 0, onSchedule = 0, pilots = 0;
        for (Organisation o : units) {
            Congress c = byUnit.get(o.getId());
            CongressRow row = row(o, c, term, today);
            rows.add(row);
            atStage.merge(row.currentStage(), 1, Integer::sum);
            held += row.schedule().held() ? 1 : 0;
            onSchedule += row.schedule().onSchedule() ? 1 : 0;
            pilots += row.pilot() ? 1 : 0;
        }
        rows.sort(Comparator.comparing((CongressRow r) -> !r.pilot()));
        return new CongressProgress(term.getId(), rows, units.size(), held, onSchedule, pilots, atStage);
    }

    /** Congresses of a term within the caller's scope, for the API: a secretary gets their own unit's row. */
    public List<CongressRow> list(Long termId) {
        if (!caller.is(Role.SECRETARY)) {
            return progress(termId, null).rows();
        }
        CongressTerm term = em.find(CongressTerm.class, termId == null ? -1L : termId);
        if (term == null) {
            throw new NotFound("term " + termId);
        }
        Organisation own = em.find(Organisation.class, caller.organisationId());
        Congress c = em.createQuery("SELECT c FROM Congress c WHERE c.organisation = :o AND c.term = :t", Congress.class)
                .setParameter("o", own).setParameter("t", term).getResultStream().findFirst().orElse(null);
        return List.of(row(own, c, term, today()));
    }

    private CongressRow row(Organisation o, Congress c, CongressTerm term, LocalDate today) {
        Schedule schedule = c == null ? Schedule.of(null, null, term.getGrassrootsDeadline(), today) : c.schedule(today);
        CongressStageRecord current = c == null ? null : c.currentStage().orElse(null);
        String stage = current == null ? "" : current.getStage().getCode();
        LocalDate since = current == null ? null : current.getCompletedOn();
        long days = since == null ? 0 : ChronoUnit.DAYS.between(since, today);
        boolean finished = CongressStage.ARCHIVED.equals(stage);
        boolean stuck = !finished && (since == null ? today.isAfter(term.getGrassrootsDeadline()) : days > stuckDays);
        boolean awaiting = c != null && c.getStages().stream().anyMatch(r -> r.getReview().status().awaitingReview());
        return new CongressRow(o.getId(), o.getCode(), o.getName(), o.getSector() == null ? null : o.getSector().getCode(),
                c == null ? null : c.getId(), c != null && c.isPilot(), c == null ? null : c.getForm(),
                c == null ? null : c.getPlannedDate(), c == null ? null : c.getHeldFrom(), schedule, stage, since,
                days, stuck, awaiting);
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
        Congress c = id == null ? null : em.find(Congress.class, id);
        if (c == null) {
            throw new NotFound("congress " + id);
        }
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new ConcurrentEdit("congress " + id + " changed since version " + expectedVersion);
        }
        return c;
    }

    private void flush() {
        Writes.flush(em, "congress");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.ZONE));
    }

    private CongressDetails details(Congress c) {
        Organisation o = c.getOrganisation();
        boolean secretary = caller.isSecretaryOf(o);
        boolean staff = caller.is(Role.STAFF);
        List<CongressDetails.Stage> stages = new ArrayList<>();
        for (CongressStage s : stages()) {
            CongressStageRecord r = c.stageRecord(s.getCode()).orElse(null);
            var status = r == null ? null : r.getReview().status();
            boolean recordable = secretary && (r == null || !s.isDistrictConfirms() || status.editable());
            List<HistoryEntry> history = r == null ? List.of() : r.getEvents().stream().map(CongressStageEvent::entry).toList();
            String lastReturn = null;
            if (status == vn.partytrack.review.ReviewStatus.RETURNED) {
                for (HistoryEntry h : history) {
                    if (h.action() == ReviewAction.RETURN) {
                        lastReturn = h.comment();
                    }
                }
            }
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
