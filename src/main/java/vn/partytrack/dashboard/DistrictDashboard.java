package vn.partytrack.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.admission.CandidateService;
import vn.partytrack.admission.OverdueList;
import vn.partytrack.assessment.TrackerView;
import vn.partytrack.congress.CongressTerms;
import vn.partytrack.congress.TermRow;
import vn.partytrack.congress.CongressStage;
import vn.partytrack.meeting.AssignmentRow;
import vn.partytrack.meeting.FollowUp;
import vn.partytrack.rating.LevelDistributions;
import vn.partytrack.meeting.TaskTracker;
import vn.partytrack.organisation.Scope;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.KeptFigures;
import vn.partytrack.platform.NotFound;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The district dashboard, from set-based PostgreSQL aggregates over the units of a scope: a fixed number of SQL
 * statements whatever the number of units (a 33-unit bloc, a 700-unit committee or the whole country), and lagging
 * lists cut at {@link DashboardView#LAGGING_LIMIT}. The rules are those of the trackers (timeliness, congress schedule,
 * dissemination); the integration tests hold the two to the same figures.
 */
@ApplicationScoped
@Transactional
public class DistrictDashboard {

    /** The report figures the dashboard adds up; codes of the indicator catalogue. */
    static final List<String> FIGURES = List.of("MEMBERS_TOTAL", "ADMITTED", "ADMISSION_TARGET", "MADE_FULL",
            "INSPECTED_MEMBERS", "INSPECTED_ORGANISATIONS", "SUPERVISIONS", "MEETINGS_HELD", "MEETINGS_REQUIRED");

    /**
     * The grassroots units of a scope as they stood on the period's stand date (its cut-off, {@code ?5}): with their
     * bloc, sector and superior committee of that day, whatever the registry says today.
     */
    private static final String UNITS = """
            FROM units_at(?5) o
            JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
            LEFT JOIN bloc b ON b.id = o.bloc_id
            """;
    private static final String IN_SCOPE = " (?1 = '' OR b.code = ?1) AND o.path LIKE ?2 ";


    /** ?1 bloc, ?2 path prefix (at the stand date), ?3 period, ?4 today, ?5 stand date: the tracker's counts by sector. */
    public static final String REPORTS = "SELECT s.code, count(*), count(r.first_submitted_at),"
                        + " count(*) FILTER (WHERE (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date),"
                        + " count(*) FILTER (WHERE r.status IN ('SUBMITTED', 'RESUBMITTED')),"
                        + " count(*) FILTER (WHERE r.status = 'RETURNED'),"
                        + " count(*) FILTER (WHERE r.status IN ('ACCEPTED', 'LOCKED')),"
                        + " count(*) FILTER (WHERE r.id IS NULL OR r.status = 'DRAFT'),"
                        + " count(*) FILTER (WHERE (r.id IS NULL OR r.status = 'DRAFT') AND r.first_submitted_at IS NULL AND ?4 > p.due_date) "
                        + UNITS + " LEFT JOIN sector s ON s.id = o.sector_id"
                        + " JOIN reporting_period p ON p.id = ?3"
                        + " LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = p.id"
                        + " WHERE" + IN_SCOPE
                        + " GROUP BY s.code, s.sort_order ORDER BY s.sort_order NULLS LAST";

    /** ?1 bloc, ?2 path prefix, ?3 period, ?4 today, ?5 stand date, ?6 limit: overdue and returned reports. */
    public static final String LAGGING_REPORTS = "(SELECT o.id, o.name, r.id, 'OVERDUE', NULL " + UNITS
                        + " JOIN reporting_period p ON p.id = ?3"
                        + " LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = p.id"
                        + " WHERE" + IN_SCOPE
                        + "   AND (r.id IS NULL OR r.status = 'DRAFT') AND ?4 > p.due_date"
                        + " ORDER BY o.name, o.id LIMIT ?6)"
                        + " UNION ALL "
                        + "(SELECT o.id, o.name, r.id, 'RETURNED', (SELECT e.comment FROM report_event e WHERE e.report_id = r.id"
                        + "   AND e.action IN ('RETURN', 'GRANT_UNLOCK') ORDER BY e.at DESC, e.id DESC LIMIT 1) " + UNITS
                        + " JOIN reporting_period p ON p.id = ?3"
                        + " JOIN report r ON r.organisation_id = o.id AND r.period_id = p.id AND r.status = 'RETURNED'"
                        + " WHERE" + IN_SCOPE
                        + " ORDER BY o.name, o.id LIMIT ?6)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CongressTerms congresses;

    @Inject
    BlocOverview overview;

    @Inject
    TaskTracker taskTracker;

    @Inject
    LaggingLinks links;

    @Inject
    LevelDistributions levels;

    @Inject
    KeptFigures kept;

    @Inject
    CandidateService candidates;

    /**
     * The dashboard of a period: every figure counts the units of the scope as they stood at the period's cut-off
     * (their bloc, superior committee and members of that day) and only what happened by the period's end, so a
     * past period's figures stay as they were whatever the registry becomes; a period whose cut-off has not passed
     * follows today's registry.
     */
    public DashboardView view(Scope scope, Long periodId) {
        caller.requireDistrictReader();
        ReportingPeriod period = periodId == null ? null : em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFound("period " + periodId);
        }
        LocalDate today = Clocks.today(clock);
        return kept.get(() -> view(scope, period, today), "dashboard", scope, periodId, today);
    }

    /** The dashboard computed now (access checked). */
    private DashboardView view(Scope scope, ReportingPeriod period, LocalDate today) {
        Long periodId = period.getId();
        Scope dated = scope.at(em, period.standDate());
        List<DashboardView.Lagging> lagging = new ArrayList<>();
        List<DashboardView.SectorCount> bySector = new ArrayList<>();
        TrackerView.Counts reports = reports(dated, period, today, bySector);
        lagging.addAll(laggingReports(dated, period, today));
        List<TermRow> terms = congresses.terms();
        DashboardView.CongressCounts congress = null;
        if (!terms.isEmpty()) {
            congress = congress(dated, terms.get(0), period, today);
            lagging.addAll(laggingCongresses(dated, terms.get(0), period, today));
        }
        List<DashboardView.DocumentShare> documents = documents(dated, period, today, lagging);
        BlocSummary summary = overview.summary(dated, period.standDate());
        FollowUp tasks = taskTracker.followUp(scope.blocCode(), periodId);
        int overdueTasks = 0;
        for (AssignmentRow a : tasks.open()) {
            if (a.overdue() && overdueTasks++ < DashboardView.LAGGING_LIMIT) {
                lagging.add(new DashboardView.Lagging(a.organisationId(), a.organisationName(), "lagging.taskOverdue",
                        String.valueOf(a.overdueDays()), links.meeting(a.meetingId())));
            }
        }
        // overdue admission steps are today's, so only a period still open or present shows them (a closed past
        // period keeps its figures as they were); counts per unit, never names
        int admissionsOverdue = 0;
        if (period.isOpen() || period.present(today)) {
            int listed = 0;
            for (OverdueList.UnitCount u : candidates.overdueUnits(scope)) {
                admissionsOverdue += u.total();
                if (listed++ < DashboardView.LAGGING_LIMIT) {
                    lagging.add(new DashboardView.Lagging(u.organisationId(), u.organisationName(), "lagging.admissionOverdue",
                            String.valueOf(u.total()), links.overdueAdmissions(scope.bloc(), scope.committeeId())));
                }
            }
        }
        return new DashboardView(scope.blocCode(), scope.committeeId(), periodId, summary, reports, List.copyOf(bySector), congress,
                documents, summary.members(), figures(dated, period), trend(scope), tasks, List.copyOf(lagging),
                levels.of(period.getYear(), scope, period.standDate()), admissionsOverdue);
    }

    /** The tracker's counts for the period, by sector then added up: one statement. */
    private TrackerView.Counts reports(Scope scope, ReportingPeriod period, LocalDate today, List<DashboardView.SectorCount> bySector) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REPORTS)
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, period.getId())
                .setParameter(4, Date.valueOf(today)).setParameter(5, Date.valueOf(period.standDate())).getResultList();
        ReportTally total = ReportTally.NONE;
        for (Object[] r : rows) {
            ReportTally sector = ReportTally.of(r);
            total = total.plus(sector);
            bySector.add(new DashboardView.SectorCount(r[0] == null ? "" : (String) r[0], sector.submitted(), sector.missing()));
        }
        return total.counts();
    }

    /** A row of {@link #REPORTS} after its sector code, or the sum of several. */
    private record ReportTally(int units, int submitted, int onTime, int awaitingReview, int returned, int accepted, int missing,
                               int overdue) {

        static final ReportTally NONE = new ReportTally(0, 0, 0, 0, 0, 0, 0, 0);

        static ReportTally of(Object[] r) {
            return new ReportTally(number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6]), number(r[7]),
                    number(r[8]));
        }

        private static int number(Object o) {
            return ((Number) o).intValue();
        }

        ReportTally plus(ReportTally o) {
            return new ReportTally(units + o.units, submitted + o.submitted, onTime + o.onTime, awaitingReview + o.awaitingReview,
                    returned + o.returned, accepted + o.accepted, missing + o.missing, overdue + o.overdue);
        }

        TrackerView.Counts counts() {
            return new TrackerView.Counts(units, submitted, onTime, submitted - onTime, awaitingReview, returned, accepted, missing, overdue);
        }
    }

    /** Reports overdue (missing past the due date) and returned ones not yet resubmitted. */
    private List<DashboardView.Lagging> laggingReports(Scope scope, ReportingPeriod period, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LAGGING_REPORTS)
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, period.getId())
                .setParameter(4, Date.valueOf(today)).setParameter(5, Date.valueOf(period.standDate()))
                .setParameter(6, DashboardView.LAGGING_LIMIT).getResultList();
        List<DashboardView.Lagging> lagging = new ArrayList<>();
        long overdueDays = Math.max(0, today.toEpochDay() - period.getDueDate().toEpochDay());
        for (Object[] r : rows) {
            Long unit = ((Number) r[0]).longValue();
            if ("OVERDUE".equals(r[3])) {
                lagging.add(new DashboardView.Lagging(unit, (String) r[1], "lagging.reportOverdue", String.valueOf(overdueDays),
                        links.overdueReports(period.getId(), scope.bloc(), scope.committeeId())));
            } else {
                lagging.add(new DashboardView.Lagging(unit, (String) r[1], "lagging.reportReturned", r[4] == null ? "" : (String) r[4],
                        links.report(((Number) r[2]).longValue())));
            }
        }
        return lagging;
    }

    /**
     * The congresses of a term for the units as they stood on the stand date ({@code ?5}), with what had happened by
     * the period's end or today ({@code ?6}): the congress held by then, and each unit's furthest stage reached by then
     * (a district stage counts once confirmed). While the period runs, the furthest stage is the one kept on the
     * congress by a trigger. The schedule rule is that of {@link vn.partytrack.congress.Schedule}: held no later than
     * planned and the deadline.
     */
    private static String congresses(boolean present) {
        return """
            WITH c AS (
                SELECT o.id, o.name, c.pilot, c.planned_date, CASE WHEN c.held_from <= ?6 THEN c.held_from END AS held_from,
                       """ + (present ? "c.current_stage_code AS stage, c.current_stage_on AS since" : "x.stage, x.since") + """

                FROM units_at(?5) o
                JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                LEFT JOIN bloc b ON b.id = o.bloc_id
                LEFT JOIN congress c ON c.organisation_id = o.id AND c.term_id = ?3
            """ + (present ? "" : """
                LEFT JOIN LATERAL (
                    SELECT r.stage_code AS stage, r.completed_on AS since FROM congress_stage_record r
                    JOIN congress_stage s ON s.code = r.stage_code
                    WHERE r.congress_id = c.id AND r.completed_on <= ?6 AND (NOT s.district_confirms OR r.status IN ('ACCEPTED', 'LOCKED'))
                    ORDER BY s.sort_order DESC LIMIT 1) x ON true
            """) + """
                WHERE (?1 = '' OR b.code = ?1) AND o.path LIKE ?2)
            """;
    }

    /** ?1 bloc, ?2 path prefix, ?3 term, ?4 deadline, ?5 stand date, ?6 as of: units per furthest stage, held, on schedule, pilots. */
    public static String congressCounts(boolean present) {
        return congresses(present) + """
            SELECT coalesce(stage, ''), count(*), count(held_from),
                   count(*) FILTER (WHERE held_from <= ?4 AND (planned_date IS NULL OR held_from <= planned_date)),
                   count(*) FILTER (WHERE pilot)
            FROM c GROUP BY 1""";
    }

    /** While the period runs. */
    public static final String CONGRESS_COUNTS = congressCounts(true);

    /** ?1 bloc, ?2 path prefix, ?3 term, ?4 deadline, ?5 stand date, ?6 as of, ?7 last stage, ?8 stuck days, ?9 limit. */
    public static String laggingCongresses(boolean present) {
        return congresses(present) + """
            SELECT id, name, CASE WHEN since IS NULL THEN 0 ELSE ?6 - since END FROM c
            WHERE (held_from IS NULL AND ?6 > least(coalesce(planned_date, ?4), ?4))
               OR (coalesce(stage, '') <> ?7 AND CASE WHEN since IS NULL THEN ?6 > ?4 ELSE ?6 - since > ?8 END)
            ORDER BY name, id LIMIT ?9""";
    }

    /** While the period runs. */
    public static final String LAGGING_CONGRESSES = laggingCongresses(true);

    /**
     * The assignments of the units as they stood on the stand date ({@code ?5}), of the documents issued by the
     * period's end ({@code ?6}).
     */
    private static final String ASSIGNED = """
             FROM directive_assignment a
            JOIN directive d ON d.id = a.directive_id AND (d.issued_on IS NULL OR d.issued_on <= ?6)
            JOIN units_at(?5) o ON o.id = a.organisation_id
            JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
            LEFT JOIN bloc b ON b.id = o.bloc_id
            LEFT JOIN directive_implementation i ON i.directive_id = a.directive_id AND i.organisation_id = o.id
            WHERE (?1 = '' OR b.code = ?1) AND o.path LIKE ?2
            """;
    /**
     * At least one session (its date kept on the implementation by a trigger) by the period's end ({@code ?6}) in an
     * implementation the unit has submitted.
     */
    private static final String DISSEMINATED = "(i.status <> 'DRAFT' AND i.first_session_on <= ?6)";

    /** ?1 bloc, ?2 path prefix, ?5 stand date, ?6 period's end: per document, assigned and disseminated units. */
    public static final String DOCUMENT_SHARES = "SELECT d.id, d.number, d.title, count(*), count(*) FILTER (WHERE " + DISSEMINATED + ") "
            + ASSIGNED + " GROUP BY d.id, d.number, d.title, d.issued_on ORDER BY d.issued_on DESC NULLS LAST, d.number";

    /**
     * ?1 bloc, ?2 path prefix, ?3 as of, ?4 limit, ?5 stand date, ?6 period's end: units past a dissemination deadline
     * without having disseminated, per document in name order (walking the name index and stopping at the limit,
     * whatever the number of units).
     */
    public static final String LATE_DISSEMINATION = """
            SELECT x.id, x.name, d.number FROM directive d
            CROSS JOIN LATERAL (
                SELECT o.id, o.name FROM units_at(?5) o
                JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                LEFT JOIN bloc b ON b.id = o.bloc_id
                JOIN directive_assignment a ON a.directive_id = d.id AND a.organisation_id = o.id
                LEFT JOIN directive_implementation i ON i.directive_id = d.id AND i.organisation_id = o.id
                WHERE (?1 = '' OR b.code = ?1) AND o.path LIKE ?2
                  AND NOT coalesce(""" + DISSEMINATED + """
            , false)
                ORDER BY o.name, o.id LIMIT ?4) x
            WHERE d.dissemination_deadline < ?3 AND (d.issued_on IS NULL OR d.issued_on <= ?6)
            ORDER BY d.number, x.name, x.id LIMIT ?4""";

    /** ?1 bloc, ?2 path prefix, ?3 period, ?4 indicator codes, ?5 stand date: sums of the figures of submitted reports. */
    public static final String FIGURES_SUMS = "SELECT v.indicator_code, sum(v.number_value) FROM report r"
                        + " JOIN units_at(?5) o ON o.id = r.organisation_id"
                        + " JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                        + " LEFT JOIN bloc b ON b.id = o.bloc_id"
                        + " JOIN report_value v ON v.report_id = r.id"
                        + " WHERE r.period_id = ?3 AND r.status <> 'DRAFT' AND" + IN_SCOPE
                        + "   AND v.indicator_code = ANY (?4)"
                        + " GROUP BY v.indicator_code";

    /**
     * ?1 bloc, ?2 committee (0: everything): per period begun, its stand date and the committee's path prefix then
     * (a committee that did not exist then covers nothing).
     */
    private static final String TREND_PERIODS = """
            WITH periods AS (
                SELECT y.*, CASE WHEN y.prefix = '' THEN '' ELSE left(y.prefix, -1) || '0' END AS upper
                FROM (SELECT p.id, p.cutoff_date AS stand,
                             CASE WHEN ?2 = 0 THEN '/%' ELSE coalesce((SELECT c.path FROM units_at(p.cutoff_date) c WHERE c.id = ?2) || '%', '') END AS under,
                             CASE WHEN ?2 = 0 THEN '/' ELSE coalesce((SELECT c.path FROM units_at(p.cutoff_date) c WHERE c.id = ?2), '') END AS prefix
                      FROM reporting_period p WHERE p.start_date <= current_date) y),
            units AS (
                -- the committee subtree as a range of paths, from /1/64/ up to /1/640, which the path index answers
                -- for each period; a pattern taken from another row (LIKE x.under) would compare every version
                SELECT x.id, n.n
                FROM periods x
                CROSS JOIN LATERAL (SELECT count(*) AS n FROM organisation_version o
                                    JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                                    LEFT JOIN bloc b ON b.id = o.bloc_id
                                    WHERE o.path ~>=~ x.prefix AND o.path ~<~ x.upper
                                      AND o.valid_from <= x.stand AND (o.valid_to IS NULL OR o.valid_to > x.stand)
                                      AND (?1 = '' OR b.code = ?1)) n
                WHERE n.n > 0),
            """;

    /** ?1 bloc, ?2 committee (0: everything): per period begun, units, submitted, on time, each as at its cut-off. */
    public static final String TREND = TREND_PERIODS + """
            sent AS (
                SELECT r.period_id, count(*) AS submitted,
                       count(*) FILTER (WHERE (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date) AS on_time
                FROM periods x
                JOIN reporting_period p ON p.id = x.id
                JOIN report r ON r.period_id = x.id AND r.first_submitted_at IS NOT NULL
                JOIN organisation_version o ON o.organisation_id = r.organisation_id AND o.valid_from <= x.stand
                     AND (o.valid_to IS NULL OR o.valid_to > x.stand)
                JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                LEFT JOIN bloc b ON b.id = o.bloc_id
                WHERE (?1 = '' OR b.code = ?1) AND o.path LIKE x.under
                GROUP BY r.period_id)
            SELECT p.id, p.code, p.name_vi, p.name_en, units.n, coalesce(sent.submitted, 0), coalesce(sent.on_time, 0)
            FROM reporting_period p JOIN units ON units.id = p.id LEFT JOIN sent ON sent.period_id = p.id
            ORDER BY p.due_date""";

    /**
     * As {@link #TREND}, the reports sent coming from the roll-up kept per committee and bloc as they stood at each
     * period's cut-off.
     */
    public static final String TREND_ROLLUP = TREND_PERIODS + """
            sent AS (
                SELECT y.period_id, sum(y.submitted) AS submitted, sum(y.on_time) AS on_time FROM (
                    SELECT x.period_id, x.submitted, x.on_time, x.bloc_id
                    FROM periods s JOIN report_rollup x ON x.period_id = s.id
                    WHERE s.under = '/%'
                    UNION ALL
                    -- a committee: the roll-ups of the committees in its subtree then, found by the path range
                    SELECT x.period_id, x.submitted, x.on_time, x.bloc_id
                    FROM periods s
                    JOIN organisation_version c ON c.path ~>=~ s.prefix AND c.path ~<~ s.upper
                         AND c.valid_from <= s.stand AND (c.valid_to IS NULL OR c.valid_to > s.stand)
                    JOIN report_rollup x ON x.period_id = s.id AND x.committee_id = c.organisation_id
                    WHERE s.under <> '/%') y
                LEFT JOIN bloc b ON b.id = y.bloc_id
                WHERE (?1 = '' OR b.code = ?1)
                GROUP BY y.period_id)
            SELECT p.id, p.code, p.name_vi, p.name_en, units.n, coalesce(sent.submitted, 0), coalesce(sent.on_time, 0)
            FROM reporting_period p JOIN units ON units.id = p.id LEFT JOIN sent ON sent.period_id = p.id
            ORDER BY p.due_date""";

    /**
     * As {@link #DOCUMENT_SHARES}, from the roll-up, which follows today's registry: for a period whose cut-off has
     * not passed only. ?1 bloc, ?2 path prefix ('/%': everything), ?6 the period's end.
     */
    public static final String DOCUMENT_SHARES_ROLLUP = "SELECT d.id, d.number, d.title, sum(x.assigned), sum(x.disseminated)"
            + " FROM directive_rollup x JOIN directive d ON d.id = x.directive_id AND (d.issued_on IS NULL OR d.issued_on <= ?6)"
            + " LEFT JOIN organisation c ON c.id = x.committee_id LEFT JOIN bloc b ON b.id = x.bloc_id"
            + " WHERE (?1 = '' OR b.code = ?1) AND (?2 = '/%' OR c.path LIKE ?2)"
            + " GROUP BY d.id, d.number, d.title, d.issued_on HAVING sum(x.assigned) > 0 ORDER BY d.issued_on DESC NULLS LAST, d.number";

    /**
     * As {@link #FIGURES_SUMS}, from the roll-up kept per committee and bloc as they stood at the period's cut-off:
     * ?1 bloc, ?2 path prefix ('/%': everything), ?3 period, ?4 indicator codes, ?5 stand date.
     */
    public static final String FIGURES_ROLLUP = "SELECT x.indicator_code, sum(x.total) FROM figure_rollup x"
            + " LEFT JOIN units_at(?5) c ON c.id = x.committee_id LEFT JOIN bloc b ON b.id = x.bloc_id"
            + " WHERE (?1 = '' OR b.code = ?1) AND (?2 = '/%' OR c.path LIKE ?2)"
            + " AND x.period_id = ?3 AND x.indicator_code = ANY (?4) GROUP BY x.indicator_code";

    private DashboardView.CongressCounts congress(Scope scope, TermRow term, ReportingPeriod period, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(period.present(today) ? CONGRESS_COUNTS : congressCounts(false))
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, term.id())
                .setParameter(4, Date.valueOf(term.grassrootsDeadline())).setParameter(5, Date.valueOf(period.standDate()))
                .setParameter(6, Date.valueOf(period.asOf(today))).getResultList();
        Map<String, Integer> atStage = new LinkedHashMap<>();
        atStage.put("", 0);
        congresses.stages().forEach(s -> atStage.put(s.getCode(), 0));
        int units = 0, held = 0, onSchedule = 0, pilots = 0;
        for (Object[] r : rows) {
            int n = ((Number) r[1]).intValue();
            atStage.merge((String) r[0], n, Integer::sum);
            units += n;
            held += ((Number) r[2]).intValue();
            onSchedule += ((Number) r[3]).intValue();
            pilots += ((Number) r[4]).intValue();
        }
        return new DashboardView.CongressCounts(term.id(), units, held, onSchedule, pilots, atStage);
    }

    /** Not held past the planned date or the deadline, or stuck at a stage (as the congress tracker says). */
    private List<DashboardView.Lagging> laggingCongresses(Scope scope, TermRow term, ReportingPeriod period, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(period.present(today) ? LAGGING_CONGRESSES : laggingCongresses(false))
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, term.id())
                .setParameter(4, Date.valueOf(term.grassrootsDeadline())).setParameter(5, Date.valueOf(period.standDate()))
                .setParameter(6, Date.valueOf(period.asOf(today)))
                .setParameter(7, CongressStage.ARCHIVED).setParameter(8, congresses.stuckDays())
                .setParameter(9, DashboardView.LAGGING_LIMIT).getResultList();
        String link = links.congressProgress(scope.bloc());
        return rows.stream().map(r -> new DashboardView.Lagging(((Number) r[0]).longValue(), (String) r[1], "lagging.congress",
                String.valueOf(((Number) r[2]).longValue()), link)).toList();
    }

    /**
     * For each document issued by the period's end and assigned in the scope: assigned and disseminated units (at
     * least one session by the period's end in a submitted implementation); units past the dissemination deadline
     * without it go to the lagging list. The roll-up follows today's registry, so it answers only for a period whose
     * cut-off has not passed.
     */
    private List<DashboardView.DocumentShare> documents(Scope scope, ReportingPeriod period, LocalDate today,
                                                         List<DashboardView.Lagging> lagging) {
        boolean rollup = scope.aboveUnits() && period.present(today);
        @SuppressWarnings("unchecked")
        List<Object[]> shares = (rollup
                ? em.createNativeQuery(DOCUMENT_SHARES_ROLLUP).setParameter(1, scope.bloc()).setParameter(2, scope.under())
                        .setParameter(6, Date.valueOf(period.getEndDate()))
                : em.createNativeQuery(DOCUMENT_SHARES).setParameter(1, scope.bloc()).setParameter(2, scope.under())
                        .setParameter(5, Date.valueOf(period.standDate())).setParameter(6, Date.valueOf(period.getEndDate())))
                .getResultList();
        List<DashboardView.DocumentShare> documents = new ArrayList<>();
        for (Object[] r : shares) {
            documents.add(new DashboardView.DocumentShare(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[4]).intValue(), ((Number) r[3]).intValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> late = em.createNativeQuery(LATE_DISSEMINATION)
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, Date.valueOf(period.asOf(today)))
                .setParameter(4, DashboardView.LAGGING_LIMIT).setParameter(5, Date.valueOf(period.standDate()))
                .setParameter(6, Date.valueOf(period.getEndDate())).getResultList();
        for (Object[] r : late) {
            lagging.add(new DashboardView.Lagging(((Number) r[0]).longValue(), (String) r[1], "lagging.notDisseminated", (String) r[2],
                    links.disseminationMatrix(scope.bloc())));
        }
        return documents;
    }

    /**
     * Sums of the figures units of a scope reported for a period (submitted reports only), as the dashboard shows them:
     * the units as they stood at the period's cut-off.
     */
    public Map<String, BigDecimal> reportFigures(Scope scope, Long periodId) {
        caller.requireDistrictReader();
        ReportingPeriod period = periodId == null ? null : em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFound("period " + periodId);
        }
        return figures(scope.at(em, period.standDate()), period);
    }

    /**
     * Sums of the figures units reported for the period (submitted reports only); from the roll-up above the units
     * (kept per committee and bloc as they stood at the cut-off). {@code scope}: dated to the period's stand date.
     */
    private Map<String, BigDecimal> figures(Scope scope, ReportingPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(scope.aboveUnits() ? FIGURES_ROLLUP : FIGURES_SUMS)
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, period.getId())
                .setParameter(4, FIGURES.toArray(String[]::new)).setParameter(5, Date.valueOf(period.standDate())).getResultList();
        Map<String, BigDecimal> figures = new HashMap<>();
        for (Object[] r : rows) {
            figures.put((String) r[0], (BigDecimal) r[1]);
        }
        return figures;
    }

    /**
     * For every period begun: units, submitted, submitted on time, each period counted as it stood at its own
     * cut-off (sent from the roll-up above the units).
     */
    private List<DashboardView.TrendPoint> trend(Scope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(scope.aboveUnits() ? TREND_ROLLUP : TREND)
                .setParameter(1, scope.bloc()).setParameter(2, scope.committeeId() == null ? 0L : scope.committeeId()).getResultList();
        List<DashboardView.TrendPoint> trend = new ArrayList<>();
        for (Object[] r : rows) {
            trend.add(new DashboardView.TrendPoint(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        return trend;
    }
}
