package vn.partytrack.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.organisation.Scope;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.KeptFigures;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Page;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Writes;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admission pipeline's use cases. Candidates are personal data: only the secretary of their unit (or of the
 * organisation it belongs to) and the staff of the board that owns admissions, within their committee's reach, read
 * or change them; every read of a candidate is written to the audit trail (without the name), and so is every
 * export. Leadership and other boards see counts only ({@link #overdueUnits}). Refused input changes nothing.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    /** The audit trail's name for candidate records. */
    static final String AUDITED = "candidate";

    /** The most units to follow up the overdue list names. */
    public static final int UNITS_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicHolidays holidays;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AdmissionRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    KeptFigures kept;

    // ---- who may read personal records

    /** The unit's secretary (or the secretary of the organisation it belongs to), or the owning board's staff within reach. */
    public boolean mayReadPersonal(Organisation o) {
        if (caller.is(Role.SECRETARY)) {
            return o.isWithin(caller.organisationId());
        }
        return isOwnerStaff() && caller.mayRead(o);
    }

    /** Staff of the owning board: the only district-side readers of names. */
    public boolean isOwnerStaff() {
        return caller.isOrganisationBoardStaff();
    }

    private void requirePersonal(Organisation o) {
        if (!mayReadPersonal(o)) {
            throw new AccessDenied("candidates of organisation " + o.getId() + " are not the caller's to read");
        }
    }

    private void requireOwnerStaff() {
        if (!isOwnerStaff()) {
            throw new AccessDenied("candidates' records are for the owning board's staff and the unit's secretary");
        }
    }

    // ---- reading

    public CandidateDetails get(Long id) {
        Candidate c = find(id);
        requirePersonal(c.getOrganisation());
        audit.record(caller.auditName(), AUDITED, c.getId(), "READ", null, null);
        return details(c);
    }

    /**
     * A unit's candidates (a secretary: their own organisation when none is given), or, for the owning board's staff
     * without a unit, every candidate within their reach; newest stage first. The read is audited with the ids listed.
     */
    public Page<CandidateRow> list(Long organisationId, String stage, int offset, int limit) {
        caller.requireSignedIn();
        Organisation unit = null;
        if (organisationId != null) {
            unit = em.find(Organisation.class, organisationId);
            if (unit == null) {
                throw new NotFound("organisation " + organisationId);
            }
            requirePersonal(unit);
        } else if (caller.is(Role.SECRETARY)) {
            unit = em.find(Organisation.class, caller.organisationId());
            if (unit == null) {
                throw new AccessDenied("a secretary without an organisation");
            }
        } else {
            requireOwnerStaff();
        }
        AdmissionStage stageFilter = null;
        if (stage != null && !stage.isBlank()) {
            stageFilter = AdmissionStage.of(stage).orElseThrow(() -> new InvalidInput("stage", "admission.stage.unknown"));
        }
        String reach = unit == null ? caller.committeePath() : null;
        String where = " WHERE (?1 = 0 OR c.organisation_id = ?1) AND (?2 = '' OR c.stage = ?2)"
                + " AND (?3 = '' OR pt_reaches(o.id, ?3) = 1)";
        String from = " FROM candidate c JOIN organisation o ON o.id = c.organisation_id" + where;
        long unitId = unit == null ? 0 : unit.getId();
        String stageCode = stageFilter == null ? "" : stageFilter.name();
        var rows = em.createNativeQuery("SELECT c.id, o.id, o.name, c.full_name, c.stage, coalesce(c.removal_date, c.recognition_date, "
                        + "c.ceremony_date, c.decision_date, c.verification_date, c.proposal_date, c.awareness_date), c.follow_up_due"
                        + from + " ORDER BY o.name, c.full_name COLLATE \"vi-x-icu\", c.id LIMIT ?4 OFFSET ?5")
                .setParameter(1, unitId).setParameter(2, stageCode).setParameter(3, reach == null ? "" : reach)
                .setParameter(4, limit).setParameter(5, offset);
        var count = em.createNativeQuery("SELECT count(*)" + from)
                .setParameter(1, unitId).setParameter(2, stageCode).setParameter(3, reach == null ? "" : reach);
        LocalDate today = Clocks.today(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<CandidateRow> page = found.stream().map(r -> {
            AdmissionStage s = AdmissionStage.valueOf((String) r[4]);
            LocalDate due = r[6] == null ? null : ((Date) r[6]).toLocalDate();
            boolean overdue = due != null && today.isAfter(due);
            return new CandidateRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], s,
                    ((Date) r[5]).toLocalDate(), followUp(s), due, overdue, overdue ? (int) (today.toEpochDay() - due.toEpochDay()) : 0);
        }).toList();
        if (!page.isEmpty()) {
            Map<String, Object> listed = new LinkedHashMap<>();
            listed.put("organisationId", unit == null ? null : unit.getId());
            listed.put("ids", page.stream().map(CandidateRow::id).toList());
            audit.record(caller.auditName(), AUDITED, null, "READ_LIST", null, listed);
        }
        return new Page<>(page, ((Number) count.getSingleResult()).longValue(), offset, limit);
    }

    /**
     * The overdue steps under a scope today, with the candidates' names: the owning board's staff only. Ordered by
     * the due date, the oldest first. The read is audited with the ids listed.
     */
    public OverdueList overdue(Scope scope, int offset, int limit) {
        requireOwnerStaff();
        LocalDate today = Clocks.today(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT c.id, o.id, o.code, o.name, c.full_name, c.stage, c.follow_up_due"
                        + OVERDUE_FROM + " ORDER BY c.follow_up_due, c.id LIMIT ?4 OFFSET ?5")
                .setParameter(1, Date.valueOf(today)).setParameter(2, scope.under()).setParameter(3, scope.bloc())
                .setParameter(4, limit).setParameter(5, offset).getResultList();
        List<OverdueList.Item> items = found.stream().map(r -> {
            AdmissionStage s = AdmissionStage.valueOf((String) r[5]);
            LocalDate due = ((Date) r[6]).toLocalDate();
            return new OverdueList.Item(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], s, followUp(s), due, (int) (today.toEpochDay() - due.toEpochDay()));
        }).toList();
        List<OverdueList.UnitCount> units = units(scope, today);
        long total = units.stream().mapToLong(OverdueList.UnitCount::total).sum();
        if (!items.isEmpty()) {
            audit.record(caller.auditName(), AUDITED, null, "READ_LIST", null,
                    Map.of("committeeId", String.valueOf(scope.committeeId()), "ids", items.stream().map(OverdueList.Item::candidateId).toList()));
        }
        return new OverdueList(scope.committeeId(), scope.bloc(), today, total, offset, limit, items, units);
    }

    /** The units with overdue steps under a scope today, counts only (no names): every district-wide reader. */
    public List<OverdueList.UnitCount> overdueUnits(Scope scope) {
        caller.requireDistrictReader();
        return units(scope, Clocks.today(clock));
    }

    static final String OVERDUE_FROM = """
             FROM candidate c JOIN organisation o ON o.id = c.organisation_id LEFT JOIN bloc b ON b.id = o.bloc_id
            WHERE c.follow_up_due < ?1 AND o.path LIKE ?2 AND (?3 = '' OR b.code = ?3)""";

    /** Counts only, no names: kept until a candidate's stage or deadline, or the registry, changes (V28, V25). */
    private List<OverdueList.UnitCount> units(Scope scope, LocalDate today) {
        return kept.get(() -> countUnits(scope, today), "overdue-units", scope, today);
    }

    private List<OverdueList.UnitCount> countUnits(Scope scope, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, count(*) FILTER (WHERE c.stage = 'QUYET_DINH_KET_NAP'), "
                        + "count(*) FILTER (WHERE c.stage = 'DA_KET_NAP'), min(c.follow_up_due)" + OVERDUE_FROM
                        + " GROUP BY o.id, o.name ORDER BY min(c.follow_up_due), o.id")
                .setParameter(1, Date.valueOf(today)).setParameter(2, scope.under()).setParameter(3, scope.bloc()).getResultList();
        return rows.stream().map(r -> new OverdueList.UnitCount(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Date) r[4]).toLocalDate())).toList();
    }

    /** Every candidate under a scope for an export (only the overdue ones when asked): the owning board's staff; audited. */
    public List<OverdueList.Item> exportRows(Scope scope, boolean overdueOnly) {
        requireOwnerStaff();
        LocalDate today = Clocks.today(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT c.id, o.id, o.code, o.name, c.full_name, c.stage, c.follow_up_due
                        FROM candidate c JOIN organisation o ON o.id = c.organisation_id LEFT JOIN bloc b ON b.id = o.bloc_id
                        WHERE o.path LIKE ?2 AND (?3 = '' OR b.code = ?3) AND (?4 = false OR c.follow_up_due < ?1)
                        ORDER BY o.name, c.full_name COLLATE "vi-x-icu", c.id""")
                .setParameter(1, Date.valueOf(today)).setParameter(2, scope.under()).setParameter(3, scope.bloc())
                .setParameter(4, overdueOnly).getResultList();
        List<OverdueList.Item> items = found.stream().map(r -> {
            AdmissionStage s = AdmissionStage.valueOf((String) r[5]);
            LocalDate due = r[6] == null ? null : ((Date) r[6]).toLocalDate();
            int days = due != null && today.isAfter(due) ? (int) (today.toEpochDay() - due.toEpochDay()) : 0;
            return new OverdueList.Item(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], s, followUp(s), due, days);
        }).toList();
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("committeeId", scope.committeeId());
        exported.put("bloc", scope.bloc());
        exported.put("overdueOnly", overdueOnly);
        exported.put("rows", items.size());
        audit.record(caller.auditName(), AUDITED, null, "EXPORT", null, exported);
        return items;
    }

    // ---- changing

    /** A new candidate at the first stage; the unit's secretary or the owning board's staff. */
    public CandidateDetails create(CandidateForm form) {
        caller.requireSignedIn();
        if (form == null || form.getOrganisationId() == null) {
            throw new InvalidInput("organisationId", "field.required");
        }
        Organisation unit = em.find(Organisation.class, form.getOrganisationId());
        if (unit == null) {
            throw new NotFound("organisation " + form.getOrganisationId());
        }
        requirePersonal(unit);
        String name = Text.clean(form.getFullName());
        String certificate = Text.clean(form.getAwarenessCertificate());
        LocalDate today = Clocks.today(clock);
        List<FieldError> errors = new ArrayList<>(CandidateChecks.create(name, form.getBirthDate(), form.getAwarenessDate(), certificate, today));
        if (errors.isEmpty() && !unit.isActive()) {
            errors.add(new FieldError("organisationId", "admission.unitInactive"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Candidate c = new Candidate(unit, rules.validAt(form.getAwarenessDate()), name, form.getBirthDate(), form.getAwarenessDate(),
                certificate, caller.auditName(), clock.instant());
        em.persist(c);
        Writes.flush(em, AUDITED);
        audit.record(caller.auditName(), AUDITED, c.getId(), "CREATE", null, c.auditState());
        return details(c);
    }

    /** Records the next stage reached; refused, naming the field, when out of order, skipped or incomplete. */
    public CandidateDetails advance(Long id, StageStep step) {
        Candidate c = find(id);
        requirePersonal(c.getOrganisation());
        if (step == null || step.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        c = Records.find(em, Candidate.class, id, step.getVersion(), Candidate::getVersion, AUDITED);
        String number = Text.clean(step.getDecisionNumber());
        String reason = Text.clean(step.getReason());
        AdmissionStage to = AdmissionStage.of(step.getStage()).orElse(null);
        AdmissionRule rule = to == AdmissionStage.QUYET_DINH_KET_NAP && step.getDate() != null
                ? rules.validAt(step.getDate()) : rules.byId(c.getRuleId());
        List<FieldError> errors = CandidateChecks.advance(c.progress(), step.getStage(), step.getDate(), number, reason, rule,
                Clocks.today(clock));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Map<String, Object> before = c.auditState();
        c.advance(to, step.getDate(), number, reason, rule, holidays.days(), clock.instant());
        Writes.flush(em, AUDITED);
        audit.record(caller.auditName(), AUDITED, c.getId(), "ADVANCE", before, c.auditState());
        return details(c);
    }

    /**
     * Erases a candidate's record (a request of the person, or the end of the retention period): the owning board's
     * staff. The audit trail keeps that it was erased, by whom and its stages, not the name.
     */
    public void erase(Long id, Long expectedVersion) {
        Candidate c = find(id);
        requirePersonal(c.getOrganisation());
        requireOwnerStaff();
        if (expectedVersion == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        c = Records.find(em, Candidate.class, id, expectedVersion, Candidate::getVersion, AUDITED);
        Map<String, Object> before = c.auditState();
        em.remove(c);
        Writes.flush(em, AUDITED);
        audit.record(caller.auditName(), AUDITED, id, "ERASE", before, null);
    }

    /**
     * How long a closed record (full member or removed) stays after its closing date, in years (configuration
     * {@code partytrack.admission.retention-years}, default 5: an assumption, see the README's "Personal data"). The
     * official dossier is the paper one the committee keeps; this is the tracking copy.
     */
    static int retentionYears() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("partytrack.admission.retention-years", Integer.class).orElse(5);
    }

    /** The owning board's staff erase, on demand, the records past their retention period; the nightly run does the same. */
    public int eraseExpired() {
        requireOwnerStaff();
        return eraseExpired(caller.auditName());
    }

    /** Erases every closed record whose closing date is more than the retention period ago; each erasure audited. */
    int eraseExpired(String actor) {
        LocalDate before = Clocks.today(clock).minusYears(retentionYears());
        @SuppressWarnings("unchecked")
        List<Object[]> expired = em.createNativeQuery("""
                        DELETE FROM candidate WHERE coalesce(recognition_date, removal_date) < ?1
                        RETURNING id, organisation_id, stage, coalesce(recognition_date, removal_date)""")
                .setParameter(1, Date.valueOf(before)).getResultList();
        for (Object[] r : expired) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("organisationId", ((Number) r[1]).longValue());
            state.put("stage", r[2]);
            state.put("closed", String.valueOf(r[3]));
            audit.record(actor, AUDITED, ((Number) r[0]).longValue(), "ERASE_EXPIRED", state, null);
        }
        return expired.size();
    }

    // ---- internals

    private Candidate find(Long id) {
        return Records.find(em, Candidate.class, id, AUDITED);
    }

    static String followUp(AdmissionStage s) {
        return s == AdmissionStage.QUYET_DINH_KET_NAP ? Deadlines.CEREMONY : s == AdmissionStage.DA_KET_NAP ? Deadlines.RECOGNITION : null;
    }

    private CandidateDetails details(Candidate c) {
        Organisation o = c.getOrganisation();
        AdmissionRule rule = rules.byId(c.getRuleId());
        Deadlines deadlines = Deadlines.of(c.progress(), rule, Clocks.today(clock), holidays.days());
        List<AdmissionStage> next = new ArrayList<>();
        c.getStage().next().ifPresent(next::add);
        if (c.getStage() == AdmissionStage.DA_KET_NAP) {
            next.add(AdmissionStage.XOA_TEN_DU_BI);
        }
        return new CandidateDetails(c.getId(), o.getId(), o.getCode(), o.getName(), c.getFullName(), c.getBirthDate(), c.getStage(),
                c.getAwarenessDate(), c.getAwarenessCertificate(), c.getProposalDate(), c.getProposalNumber(), c.getVerificationDate(),
                c.getDecisionDate(), c.getDecisionNumber(), c.getCeremonyDate(), c.getRecognitionDate(), c.getRecognitionNumber(),
                c.getRemovalDate(), c.getRemovalNumber(), c.getRemovalReason(), rule.code(), deadlines, List.copyOf(next), c.isSample(),
                c.getVersion(), !next.isEmpty(), isOwnerStaff());
    }
}
