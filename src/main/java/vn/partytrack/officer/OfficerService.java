package vn.partytrack.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.congress.Congress;
import vn.partytrack.congress.CongressTerm;
import vn.partytrack.organisation.OfficersTyped;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.Scope;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.KeptFigures;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Writes;
import vn.partytrack.review.ReviewStep;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Committees and officers by term. An officer record is personal data: only the unit's own secretary (and the
 * secretary of the organisation it sits in) and the staff of the board that owns the records, the organisation board
 * (Ban Tổ chức), read or change it; every read is written to the audit trail; leadership and other boards see counts.
 * The audit trail keeps what changed in a post but never the person's name, so removing a post removes the person.
 */
@ApplicationScoped
@Transactional
public class OfficerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    InputValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    ReviewStep reviews;

    @Inject
    OrganisationService organisations;

    @Inject
    KeptFigures kept;

    @Inject
    @ConfigProperty(name = "partytrack.vacant-days", defaultValue = "90")
    int vacantDays;

    /** Terms ending within this many months are listed for the board. */
    static final int ENDING_MONTHS = 6;

    // ---- access

    /** The unit's own secretary (or that of the organisation it sits in) and the owning board's staff within reach. */
    public boolean mayHandleRecords(Organisation o) {
        if (caller.isSecretary()) {
            return o.isWithin(caller.organisationId());
        }
        return ownsRecords() && caller.mayRead(o);
    }

    /** Staff of the organisation board: the owners of officer records, the only ones who export or remove them. */
    public boolean ownsRecords() {
        return caller.isOrganisationBoardStaff();
    }

    private Organisation recordsOf(Long organisationId, boolean lock) {
        Organisation o = lock ? reviews.lockOrganisation(organisationId) : organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null) {
            throw new NotFound("organisation " + organisationId);
        }
        if (!mayHandleRecords(o)) {
            throw new AccessDenied("officer records of organisation " + o.getId() + " are not the caller's");
        }
        return o;
    }

    // ---- reads

    /** A unit's officer history; the read is written to the audit trail. */
    public OfficerHistory history(Long organisationId) {
        Organisation o = recordsOf(organisationId, false);
        audit.record(caller.auditName(), "OFFICER_RECORDS", o.getId(), "READ", null, null);
        LocalDate today = today();
        List<OfficerPost> posts = posts(o);
        List<TermCommittee> committees = em.createQuery("SELECT c FROM TermCommittee c JOIN FETCH c.term WHERE c.organisation = :o"
                + " ORDER BY c.startsOn DESC, c.id DESC", TermCommittee.class).setParameter("o", o).getResultList();
        List<CommitteeRow> committeeRows = committees.stream().map(c -> committeeRow(c, posts, today)).toList();
        boolean hasCommittee = unit(o, null).hasCommittee();
        return new OfficerHistory(o.getId(), o.getCode(), o.getName(), o.getType().getCode(), o.getMembership().full(),
                hasCommittee, committeeRows, posts.stream().map(p -> PostRow.of(p, today)).toList(), true,
                congressToTake(o, committees));
    }

    /** The unit's current officers for the registry: the secretary and deputies held today. */
    private List<OfficerPost> posts(Organisation o) {
        return em.createQuery("SELECT p FROM OfficerPost p LEFT JOIN FETCH p.term WHERE p.organisation = :o"
                + " ORDER BY p.heldFrom DESC, p.id DESC", OfficerPost.class).setParameter("o", o).getResultList();
    }

    private static CommitteeRow committeeRow(TermCommittee c, List<OfficerPost> posts, LocalDate today) {
        long seats = posts.stream().filter(p -> p.getKind().committeeSeat() && p.isHeldOn(today)
                && !today.isBefore(c.getStartsOn()) && today.isBefore(c.getEndsOn())).count();
        CongressTerm t = c.getTerm();
        return new CommitteeRow(c.getId(), t.getId(), t.getCode(), t.getNameVi(), t.getNameEn(), c.getCongressId(),
                c.getApprovedSize(), c.getElectedSize(), c.getStartsOn(), c.getEndsOn(), c.getDecisionNo(),
                c.getDecisionOn(), c.getDecisionIssuer(), seats, c.getVersion());
    }

    /** The newest held congress of the unit whose results have no committee here yet. */
    private Long congressToTake(Organisation o, List<TermCommittee> committees) {
        return em.createQuery("SELECT c FROM Congress c WHERE c.organisation = :o AND c.heldFrom IS NOT NULL"
                        + " ORDER BY c.heldFrom DESC, c.id DESC", Congress.class).setParameter("o", o).setMaxResults(1)
                .getResultStream().map(c -> c.getTerm().getId())
                .filter(t -> committees.stream().noneMatch(k -> k.getTerm().getId().equals(t))).findFirst().orElse(null);
    }

    /** Posts vacant too long and terms ending soon, across a bloc and/or committee (district readers; no person). */
    public OfficerWatch watch(String bloc, Long committee) {
        Scope scope = organisations.scope(bloc, committee);
        LocalDate today = today();
        return kept.get(() -> new OfficerWatch(vacantDays, ENDING_MONTHS, vacancies(scope, today), termsEnding(scope, today)),
                "officer-watch", scope, today, vacantDays);
    }

    /** Counts for leadership views and every district reader: no record, no name. */
    public OfficerCounts counts(String bloc, Long committee) {
        Scope scope = organisations.scope(bloc, committee);
        LocalDate today = today();
        return kept.get(() -> {
            Object[] units = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM officer_post p"
                            + " WHERE p.organisation_id = o.id AND p.kind = 'BI_THU' AND p.held_from <= ?3 AND (p.held_to IS NULL OR p.held_to >= ?3)))"
                            + " FROM organisation o LEFT JOIN bloc b ON b.id = o.bloc_id WHERE o.active AND o.path LIKE ?1 AND (?2 = '' OR b.code = ?2)")
                    .setParameter(1, scope.under()).setParameter(2, scope.bloc()).setParameter(3, Date.valueOf(today)).getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> byKind = em.createNativeQuery("SELECT p.kind, count(*) FROM officer_post p JOIN organisation o ON o.id = p.organisation_id"
                            + " LEFT JOIN bloc b ON b.id = o.bloc_id WHERE o.active AND o.path LIKE ?1 AND (?2 = '' OR b.code = ?2)"
                            + " AND p.held_from <= ?3 AND (p.held_to IS NULL OR p.held_to >= ?3) GROUP BY p.kind ORDER BY p.kind")
                    .setParameter(1, scope.under()).setParameter(2, scope.bloc()).setParameter(3, Date.valueOf(today)).getResultList();
            Map<PostKind, Long> held = new EnumMap<>(PostKind.class);
            Arrays.stream(PostKind.values()).forEach(k -> held.put(k, 0L));
            byKind.forEach(r -> held.put(PostKind.valueOf((String) r[0]), ((Number) r[1]).longValue()));
            return new OfficerCounts(((Number) units[0]).longValue(), ((Number) units[1]).longValue(), Map.copyOf(held),
                    vacancies(scope, today).size(), termsEnding(scope, today).size());
        }, "officer-counts", scope, today, vacantDays);
    }

    private List<OfficerWatch.Vacancy> vacancies(Scope scope, LocalDate today) {
        LocalDate before = today.minusDays(vacantDays);
        @SuppressWarnings("unchecked")
        List<Object[]> single = em.createNativeQuery("SELECT o.id, o.code, o.name, p.kind, max(p.held_to) FROM organisation o"
                        + " JOIN officer_post p ON p.organisation_id = o.id LEFT JOIN bloc b ON b.id = o.bloc_id"
                        + " WHERE o.active AND o.path LIKE ?1 AND (?2 = '' OR b.code = ?2) AND p.kind IN ('BI_THU', 'PHO_BI_THU')"
                        + " GROUP BY o.id, o.code, o.name, p.kind"
                        + " HAVING bool_and(p.held_to IS NOT NULL AND p.held_to < ?3) AND max(p.held_to) < ?4"
                        + " ORDER BY max(p.held_to), o.id, p.kind")
                .setParameter(1, scope.under()).setParameter(2, scope.bloc()).setParameter(3, Date.valueOf(today))
                .setParameter(4, Date.valueOf(before)).getResultList();
        // committee seats: fewer held today than the congress elected, the last seat left longer ago than the limit
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("SELECT o.id, o.code, o.name, 'CAP_UY_VIEN', s.last_left, c.elected_size - s.held"
                        + " FROM officer_committee c JOIN organisation o ON o.id = c.organisation_id LEFT JOIN bloc b ON b.id = o.bloc_id"
                        + " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE p.held_to IS NULL OR p.held_to >= ?3) AS held,"
                        + "   max(p.held_to) FILTER (WHERE p.held_to < ?3) AS last_left FROM officer_post p WHERE p.organisation_id = o.id"
                        + "   AND p.kind <> 'UY_VIEN_UBKT' AND p.held_from <= ?3 AND p.held_from >= c.starts_on) s"
                        + " WHERE o.active AND o.path LIKE ?1 AND (?2 = '' OR b.code = ?2) AND c.starts_on <= ?3 AND c.ends_on > ?3"
                        + " AND c.elected_size > s.held AND s.last_left < ?4 ORDER BY s.last_left, o.id")
                .setParameter(1, scope.under()).setParameter(2, scope.bloc()).setParameter(3, Date.valueOf(today))
                .setParameter(4, Date.valueOf(before)).getResultList();
        List<OfficerWatch.Vacancy> rows = new ArrayList<>();
        for (Object[] r : single) {
            rows.add(vacancy(r, today, 1));
        }
        for (Object[] r : seats) {
            rows.add(vacancy(r, today, ((Number) r[5]).intValue()));
        }
        return List.copyOf(rows);
    }

    private static OfficerWatch.Vacancy vacancy(Object[] r, LocalDate today, int seats) {
        LocalDate since = ((Date) r[4]).toLocalDate().plusDays(1);
        return new OfficerWatch.Vacancy(((Number) r[0]).longValue(), (String) r[1], (String) r[2], PostKind.valueOf((String) r[3]),
                since, ChronoUnit.DAYS.between(since, today), seats);
    }

    private List<OfficerWatch.TermEnding> termsEnding(Scope scope, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.code, o.name, t.code, c.ends_on FROM officer_committee c"
                        + " JOIN organisation o ON o.id = c.organisation_id JOIN congress_term t ON t.id = c.term_id"
                        + " LEFT JOIN bloc b ON b.id = o.bloc_id WHERE o.active AND o.path LIKE ?1 AND (?2 = '' OR b.code = ?2)"
                        + " AND c.ends_on >= ?3 AND c.ends_on <= ?4 ORDER BY c.ends_on, c.id")
                .setParameter(1, scope.under()).setParameter(2, scope.bloc()).setParameter(3, Date.valueOf(today))
                .setParameter(4, Date.valueOf(today.plusMonths(ENDING_MONTHS))).getResultList();
        return rows.stream().map(r -> new OfficerWatch.TermEnding(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Date) r[4]).toLocalDate())).toList();
    }

    /** One line of the officer export. */
    public record ExportLine(String organisationCode, String organisationName, PostKind kind, String personName,
                             LocalDate heldFrom, LocalDate heldTo, CameBy cameBy, String decisionNo, LocalDate decisionOn,
                             String decisionIssuer, LeftBy leftBy) {
    }

    /** Every post of the units in scope, for the board's staff only; the export is written to the audit trail. */
    public List<ExportLine> export(String bloc, Long committee) {
        Scope scope = organisations.scope(bloc, committee);
        if (!ownsRecords()) {
            throw new AccessDenied("officer exports are for the organisation board's staff");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.code, o.name, p.kind, p.person_name, p.held_from, p.held_to, p.came_by,"
                        + " p.decision_no, p.decision_on, p.decision_issuer, p.left_by FROM officer_post p JOIN organisation o ON o.id = p.organisation_id"
                        + " LEFT JOIN bloc b ON b.id = o.bloc_id WHERE o.path LIKE ?1 AND (?2 = '' OR b.code = ?2)"
                        + (caller.committeePath() == null ? "" : " AND pt_reaches(o.id, ?3) = 1")
                        + " ORDER BY o.name, o.id, p.held_from DESC, p.id")
                .setParameter(1, scope.under()).setParameter(2, scope.bloc()).setParameter(3, caller.committeePath() == null ? "" : caller.committeePath())
                .getResultList();
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("bloc", scope.blocCode());
        what.put("committee", scope.committeeId());
        what.put("rows", rows.size());
        audit.record(caller.auditName(), "OFFICER_RECORDS", scope.committeeId(), "EXPORT", null, what);
        return rows.stream().map(r -> new ExportLine((String) r[0], (String) r[1], PostKind.valueOf((String) r[2]), (String) r[3],
                date(r[4]), date(r[5]), CameBy.valueOf((String) r[6]), (String) r[7], date(r[8]), (String) r[9],
                r[10] == null ? null : LeftBy.valueOf((String) r[10]))).toList();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : ((Date) o).toLocalDate();
    }

    // ---- writes

    /** Adds a post (a current one, or a past one for the history): the secretary or the board's staff. */
    public PostRow add(Long organisationId, PostForm form) {
        Organisation o = recordsOf(organisationId, true);
        if (form == null) {
            throw new InvalidInput("kind", "field.required");
        }
        form.setPersonName(Text.clean(form.getPersonName()));
        form.setDecisionNo(Text.clean(form.getDecisionNo()));
        form.setDecisionIssuer(Text.clean(form.getDecisionIssuer()));
        form.setEndDecisionNo(Text.clean(form.getEndDecisionNo()));
        form.setEndDecisionIssuer(Text.clean(form.getEndDecisionIssuer()));
        List<FieldError> findings = new ArrayList<>();
        PostKind kind = code(PostKind.class, form.getKind(), "kind", findings);
        CameBy came = code(CameBy.class, form.getCameBy(), "cameBy", findings);
        LeftBy left = code(LeftBy.class, form.getLeftBy(), "leftBy", findings);
        CongressTerm term = null;
        if (form.getTermId() != null) {
            term = em.find(CongressTerm.class, form.getTermId());
            if (term == null) {
                findings.add(new FieldError("termId", "officer.term.unknown"));
            }
        }
        List<FieldError> basic = validation.check(form);
        if (!basic.isEmpty() || !findings.isEmpty()) {
            // a date the database cannot hold is not looked up
            validation.require(form, findings);
        }
        TermCommittee committee = form.getHeldFrom() == null ? null : committeeOn(o, term, form.getHeldFrom());
        if (term == null && committee != null) {
            term = committee.getTerm();
        }
        List<OfficerChecks.Held> others = posts(o).stream()
                .map(p -> new OfficerChecks.Held(p.getId(), p.getKind(), p.getHeldFrom(), p.getHeldTo())).toList();
        findings.addAll(OfficerChecks.post(kind, form.getHeldFrom(), form.getHeldTo(), came, form.getDecisionNo(), left,
                form.getEndDecisionNo(), today(), unit(o, committee), others));
        validation.require(form, findings);
        OfficerPost post = new OfficerPost(o, term, kind, form.getPersonName(), form.getHeldFrom(), came, form.getDecisionNo(),
                form.getDecisionOn(), form.getDecisionIssuer(), clock.instant());
        if (form.getHeldTo() != null) {
            post.end(form.getHeldTo(), left, form.getEndDecisionNo(), form.getEndDecisionOn(), form.getEndDecisionIssuer(), clock.instant());
        }
        em.persist(post);
        Writes.flush(em, "officer post");
        showCurrent(o);
        audit.record(caller.auditName(), "OFFICER_POST", post.getId(), "CREATE", null, post.auditState());
        return PostRow.of(post, today());
    }

    /** Ends a post: the last day held, how the holder left and the decision where one is needed. */
    public PostRow end(Long organisationId, Long postId, EndForm form) {
        Organisation o = recordsOf(organisationId, true);
        if (form == null || form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        OfficerPost post = Records.find(em, OfficerPost.class, postId, form.getVersion(), OfficerPost::getVersion, "officer post");
        if (!post.getOrganisation().getId().equals(o.getId())) {
            throw new NotFound("officer post " + postId + " of organisation " + organisationId);
        }
        form.setDecisionNo(Text.clean(form.getDecisionNo()));
        form.setDecisionIssuer(Text.clean(form.getDecisionIssuer()));
        List<FieldError> findings = new ArrayList<>();
        LeftBy left = code(LeftBy.class, form.getLeftBy(), "leftBy", findings);
        findings.addAll(OfficerChecks.end(post.getHeldFrom(), form.getHeldTo(), left, form.getDecisionNo(), today()));
        validation.require(form, findings);
        Map<String, Object> before = post.auditState();
        post.end(form.getHeldTo(), left, form.getDecisionNo(), form.getDecisionOn(), form.getDecisionIssuer(), clock.instant());
        Writes.flush(em, "officer post");
        showCurrent(o);
        audit.record(caller.auditName(), "OFFICER_POST", post.getId(), "END", before, post.auditState());
        return PostRow.of(post, today());
    }

    /** Removes a post for good (past its keeping time, or typed in error): the board's staff only. */
    public void remove(Long organisationId, Long postId, Long expectedVersion) {
        Organisation o = recordsOf(organisationId, true);
        if (!ownsRecords()) {
            throw new AccessDenied("officer records are removed by the organisation board's staff");
        }
        if (expectedVersion == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        OfficerPost post = Records.find(em, OfficerPost.class, postId, expectedVersion, OfficerPost::getVersion, "officer post");
        if (!post.getOrganisation().getId().equals(o.getId())) {
            throw new NotFound("officer post " + postId + " of organisation " + organisationId);
        }
        Map<String, Object> before = post.auditState();
        em.remove(post);
        Writes.flush(em, "officer post");
        showCurrent(o);
        audit.record(caller.auditName(), "OFFICER_POST", postId, "REMOVE", before, null);
    }

    /** Records (or corrects) the committee of a term: sizes, dates, the approving decision. */
    public CommitteeRow recordCommittee(Long organisationId, CommitteeForm form) {
        Organisation o = recordsOf(organisationId, true);
        if (form == null) {
            throw new InvalidInput("termId", "field.required");
        }
        form.setDecisionNo(Text.clean(form.getDecisionNo()));
        form.setDecisionIssuer(Text.clean(form.getDecisionIssuer()));
        List<FieldError> findings = new ArrayList<>();
        CongressTerm term = form.getTermId() == null ? null : em.find(CongressTerm.class, form.getTermId());
        if (form.getTermId() != null && term == null) {
            findings.add(new FieldError("termId", "officer.term.unknown"));
        }
        if (!validation.check(form).isEmpty() || !findings.isEmpty()) {
            validation.require(form, findings);
        }
        LocalDate ends = form.getEndsOn() != null ? form.getEndsOn() : form.getStartsOn() == null ? null : form.getStartsOn().plusYears(5);
        findings.addAll(OfficerChecks.committee(form.getApprovedSize(), form.getElectedSize(), form.getStartsOn(), ends, unit(o, null)));
        validation.require(form, findings);
        TermCommittee c = em.createQuery("SELECT c FROM TermCommittee c WHERE c.organisation = :o AND c.term = :t", TermCommittee.class)
                .setParameter("o", o).setParameter("t", term).getResultStream().findFirst().orElse(null);
        if (c != null && form.getVersion() != null && form.getVersion() != c.getVersion()) {
            throw new vn.partytrack.platform.ConcurrentEdit("committee " + c.getId() + " changed since version " + form.getVersion());
        }
        Long congressId = c == null ? null : c.getCongressId();
        if (c == null) {
            c = new TermCommittee(o, term, clock.instant());
            em.persist(c);
        }
        c.describe(congressId, form.getApprovedSize(), form.getElectedSize(), form.getStartsOn(), ends, form.getDecisionNo(),
                form.getDecisionOn(), form.getDecisionIssuer(), clock.instant());
        Writes.flush(em, "committee");
        showCurrent(o);
        audit.record(caller.auditName(), "OFFICER_COMMITTEE", c.getId(), "SAVE", null, Map.of("organisationId", o.getId(),
                "termId", term.getId(), "approved", String.valueOf(c.getApprovedSize()), "elected", String.valueOf(c.getElectedSize())));
        return committeeRow(c, posts(o), today());
    }

    /**
     * The committee the unit's congress elected, taken from the congress results instead of typed again: the sizes,
     * the approval decision, the secretary and deputies as posts elected at the congress; the posts of an earlier term
     * still open end the day before.
     */
    public OfficerHistory takeFromCongress(Long organisationId, Long termId) {
        Organisation o = recordsOf(organisationId, true);
        if (termId == null) {
            throw new InvalidInput("term", "field.required");
        }
        Congress congress = termId == null ? null : em.createQuery("SELECT c FROM Congress c WHERE c.organisation = :o AND c.term.id = :t", Congress.class)
                .setParameter("o", o).setParameter("t", termId).getResultStream().findFirst().orElse(null);
        if (congress == null || congress.getHeldFrom() == null) {
            throw new InvalidInput("termId", "officer.congress.notHeld");
        }
        boolean recorded = !em.createQuery("SELECT c.id FROM TermCommittee c WHERE c.organisation = :o AND c.term.id = :t", Long.class)
                .setParameter("o", o).setParameter("t", termId).getResultList().isEmpty();
        if (recorded) {
            throw new InvalidInput("termId", "officer.committee.recorded");
        }
        LocalDate start = congress.getHeldTo() != null ? congress.getHeldTo() : congress.getHeldFrom();
        OfficerChecks.Unit unit = unit(o, null);
        Integer approved = unit.hasCommittee() ? congress.getCommitteeApproved() : null;
        Integer elected = unit.hasCommittee() ? congress.getCommitteeElected() : null;
        List<FieldError> findings = OfficerChecks.committee(approved, elected, start, start.plusYears(5), unit);
        if (!findings.isEmpty()) {
            throw new InvalidInput(findings);
        }
        TermCommittee c = new TermCommittee(o, congress.getTerm(), clock.instant());
        c.describe(congress.getId(), approved, elected, start, start.plusYears(5), congress.getApprovalDecisionNo(),
                congress.getApprovalDecisionOn(), null, clock.instant());
        em.persist(c);
        for (OfficerPost open : posts(o)) {
            if (open.getHeldTo() == null && !Objects.equals(open.getTerm(), congress.getTerm())) {
                Map<String, Object> before = open.auditState();
                open.end(start.minusDays(1).isBefore(open.getHeldFrom()) ? open.getHeldFrom() : start.minusDays(1),
                        LeftBy.TERM_ENDED, null, null, null, clock.instant());
                Writes.flush(em, "officer post");
                audit.record(caller.auditName(), "OFFICER_POST", open.getId(), "END", before, open.auditState());
            }
        }
        List<String> names = new ArrayList<>();
        if (congress.getSecretaryName() != null) {
            names.add(congress.getSecretaryName());
            elect(o, congress, PostKind.BI_THU, congress.getSecretaryName(), start);
        }
        if (congress.getDeputyNames() != null) {
            for (String deputy : congress.getDeputyNames().split("[,;]")) {
                String name = Text.clean(deputy);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                    elect(o, congress, PostKind.PHO_BI_THU, name, start);
                }
            }
        }
        Writes.flush(em, "committee");
        showCurrent(o);
        audit.record(caller.auditName(), "OFFICER_COMMITTEE", c.getId(), "FROM_CONGRESS", null,
                Map.of("organisationId", o.getId(), "congressId", congress.getId(), "posts", names.size()));
        return history(o.getId());
    }

    private void elect(Organisation o, Congress congress, PostKind kind, String name, LocalDate start) {
        for (OfficerPost open : posts(o)) {
            if (open.getHeldTo() != null || open.getKind() != kind) {
                continue;
            }
            if (open.getPersonName().equals(name)) {
                return; // already recorded (from the registry, or typed): not twice
            }
            if (kind.singleHolder()) {
                Map<String, Object> before = open.auditState();
                open.end(start.minusDays(1).isBefore(open.getHeldFrom()) ? open.getHeldFrom() : start.minusDays(1),
                        LeftBy.REPLACED, null, null, null, clock.instant());
                Writes.flush(em, "officer post");
                audit.record(caller.auditName(), "OFFICER_POST", open.getId(), "END", before, open.auditState());
            }
        }
        OfficerPost post = new OfficerPost(o, congress.getTerm(), kind, name, start, CameBy.ELECTED,
                congress.getApprovalDecisionNo(), congress.getApprovalDecisionOn(), null, clock.instant());
        em.persist(post);
        Writes.flush(em, "officer post");
        audit.record(caller.auditName(), "OFFICER_POST", post.getId(), "CREATE", null, post.auditState());
    }

    /**
     * A secretary or deputy name changed in the registry form: the post it named ends (replaced) and a new one is
     * recorded, without a decision; a same-day correction of a post recorded that day corrects its name.
     */
    void registryTyped(@Observes OfficersTyped typed) {
        Organisation o = em.find(Organisation.class, typed.organisationId());
        if (o == null) {
            return;
        }
        boolean changed = retype(o, PostKind.BI_THU, typed.secretaryBefore(), typed.secretaryAfter());
        changed |= retype(o, PostKind.PHO_BI_THU, typed.deputyBefore(), typed.deputyAfter());
        if (changed) {
            Writes.flush(em, "officer post");
        }
    }

    private boolean retype(Organisation o, PostKind kind, String before, String after) {
        if (Objects.equals(Text.clean(before), Text.clean(after))) {
            return false;
        }
        LocalDate today = today();
        List<OfficerPost> open = em.createQuery("SELECT p FROM OfficerPost p WHERE p.organisation = :o AND p.kind = :k AND p.heldTo IS NULL"
                + " ORDER BY p.heldFrom, p.id", OfficerPost.class).setParameter("o", o).setParameter("k", kind).getResultList();
        for (OfficerPost p : open) {
            if (before != null && !before.contains(p.getPersonName())) {
                continue;
            }
            Map<String, Object> was = p.auditState();
            p.end(p.getHeldFrom().isBefore(today) ? today.minusDays(1) : p.getHeldFrom(), LeftBy.REPLACED, null, null, null, clock.instant());
            em.flush();
            audit.record(caller.auditName(), "OFFICER_POST", p.getId(), "END", was, p.auditState());
        }
        String name = Text.clean(after);
        if (name != null) {
            OfficerPost post = new OfficerPost(o, null, kind, name.length() > 150 ? name.substring(0, 150) : name, today,
                    CameBy.RECORDED, null, null, null, clock.instant());
            TermCommittee c = committeeOn(o, null, today);
            if (c != null) {
                post = new OfficerPost(o, c.getTerm(), kind, post.getPersonName(), today, CameBy.RECORDED, null, null, null, clock.instant());
            }
            em.persist(post);
            em.flush();
            audit.record(caller.auditName(), "OFFICER_POST", post.getId(), "CREATE", null, post.auditState());
        }
        return true;
    }

    // ---- internals

    /** Keeps the registry's current officers (shown in lists) in line with the posts held today. */
    private void showCurrent(Organisation o) {
        LocalDate today = today();
        List<OfficerPost> now = posts(o).stream().filter(p -> p.isHeldOn(today)).toList();
        String secretary = now.stream().filter(p -> p.getKind() == PostKind.BI_THU).map(OfficerPost::getPersonName).findFirst().orElse(null);
        String deputies = now.stream().filter(p -> p.getKind() == PostKind.PHO_BI_THU).map(OfficerPost::getPersonName)
                .sorted().collect(Collectors.joining(", "));
        if (deputies.length() > 150) {
            deputies = deputies.substring(0, 150);
        }
        TermCommittee current = committeeOn(o, null, today);
        String term = current == null ? o.getTermLabel() : current.getTerm().getCode().replace('-', '–');
        String deputy = deputies.isEmpty() ? null : deputies;
        if (!Objects.equals(secretary, o.getSecretaryName()) || !Objects.equals(deputy, o.getDeputySecretaryName())
                || !Objects.equals(term, o.getTermLabel())) {
            o.showCurrentOfficers(secretary, deputy, term);
            Writes.flush(em, "organisation");
        }
    }

    /** The committee of the given term, or else the one whose dates hold the day. */
    private TermCommittee committeeOn(Organisation o, CongressTerm term, LocalDate day) {
        if (term != null) {
            return em.createQuery("SELECT c FROM TermCommittee c WHERE c.organisation = :o AND c.term = :t", TermCommittee.class)
                    .setParameter("o", o).setParameter("t", term).getResultStream().findFirst().orElse(null);
        }
        return em.createQuery("SELECT c FROM TermCommittee c JOIN FETCH c.term WHERE c.organisation = :o AND c.startsOn <= :d"
                        + " AND c.endsOn > :d ORDER BY c.startsOn DESC, c.id DESC", TermCommittee.class)
                .setParameter("o", o).setParameter("d", day).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static OfficerChecks.Unit unit(Organisation o, TermCommittee committee) {
        return new OfficerChecks.Unit(o.getType().getCode(), o.getMembership().full(), committee == null ? null : committee.getApprovedSize());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldError> findings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            findings.add(new FieldError(field, "officer.code.unknown"));
            return null;
        }
    }

    public int vacantDays() {
        return vacantDays;
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }
}
