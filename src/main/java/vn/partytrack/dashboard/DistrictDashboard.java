package vn.partytrack.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.assessment.ReportRow;
import vn.partytrack.assessment.SubmissionTracker;
import vn.partytrack.assessment.TrackerView;
import vn.partytrack.congress.CongressProgress;
import vn.partytrack.congress.CongressRow;
import vn.partytrack.congress.CongressService;
import vn.partytrack.directive.DirectiveRow;
import vn.partytrack.directive.DirectiveService;
import vn.partytrack.directive.DisseminationMatrix;
import vn.partytrack.meeting.AssignmentRow;
import vn.partytrack.meeting.FollowUp;
import vn.partytrack.meeting.MeetingService;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.Timeliness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The district dashboard: composed from the trackers the components already keep (reports, congress, dissemination)
 * and the review meetings' task follow-up, plus two set-based aggregates (report figures, trend). A fixed number of SQL statements, whatever the units.
 */
@ApplicationScoped
@Transactional
public class DistrictDashboard {

    /** The report figures the dashboard adds up; codes of the indicator catalogue. */
    static final List<String> FIGURES = List.of("MEMBERS_TOTAL", "ADMITTED", "ADMISSION_TARGET", "MADE_FULL",
            "INSPECTED_MEMBERS", "INSPECTED_ORGANISATIONS", "SUPERVISIONS", "MEETINGS_HELD", "MEETINGS_REQUIRED");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SubmissionTracker tracker;

    @Inject
    CongressService congresses;

    @Inject
    DirectiveService directives;

    @Inject
    BlocOverview overview;

    @Inject
    MeetingService meetings;

    public DashboardView view(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        String bloc = blocCode == null ? "" : blocCode;
        TrackerView reports = tracker.track(periodId, blocCode, null);
        List<CongressService.TermRow> terms = congresses.terms();
        CongressProgress congress = terms.isEmpty() ? null : congresses.progress(terms.get(0).id(), blocCode);
        DisseminationMatrix matrix = directives.matrix(blocCode);
        List<DashboardView.DocumentShare> documents = new ArrayList<>();
        for (DirectiveRow d : matrix.directives()) {
            DisseminationMatrix.Share s = matrix.shares().get(d.id());
            if (s != null && s.assigned() > 0) {
                documents.add(new DashboardView.DocumentShare(d.id(), d.number(), d.title(), s.disseminated(), s.assigned()));
            }
        }
        BlocSummary summary = overview.summary(blocCode);
        FollowUp tasks = meetings.followUp(blocCode, periodId);
        return new DashboardView(blocCode, periodId, summary, reports, congress, documents, summary.members(), figures(periodId, bloc),
                trend(bloc), tasks, lagging(reports, congress, matrix, tasks, bloc));
    }

    /** Sums of the figures units reported for the period (submitted reports only). */
    private Map<String, BigDecimal> figures(Long periodId, String bloc) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT v.indicator_code, sum(v.number_value)
                        FROM report r
                        JOIN reporting_period p ON p.id = r.period_id
                        JOIN organisation o ON o.id = r.organisation_id
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        JOIN report_value v ON v.report_id = r.id
                        WHERE r.period_id = ?1 AND r.status <> 'DRAFT' AND (o.active OR o.deactivated_at >= p.start_date)
                          AND (?2 = '' OR b.code = ?2)
                          AND v.indicator_code = ANY (?3)
                        GROUP BY v.indicator_code""")
                .setParameter(1, periodId).setParameter(2, bloc).setParameter(3, FIGURES.toArray(String[]::new)).getResultList();
        Map<String, BigDecimal> figures = new HashMap<>();
        for (Object[] r : rows) {
            figures.put((String) r[0], (BigDecimal) r[1]);
        }
        return figures;
    }

    /** For every period: units, submitted, submitted on time. */
    private List<DashboardView.TrendPoint> trend(String bloc) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.id, p.code, p.name_vi, p.name_en, count(o.id),
                               count(r.first_submitted_at),
                               count(r.first_submitted_at) FILTER (WHERE (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date)
                        FROM reporting_period p
                        CROSS JOIN organisation o
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        LEFT JOIN report r ON r.period_id = p.id AND r.organisation_id = o.id
                        WHERE (o.active OR o.deactivated_at >= p.start_date) AND (?1 = '' OR b.code = ?1)
                          AND p.start_date <= current_date
                        GROUP BY p.id, p.code, p.name_vi, p.name_en, p.due_date
                        ORDER BY p.due_date""")
                .setParameter(1, bloc).getResultList();
        List<DashboardView.TrendPoint> trend = new ArrayList<>();
        for (Object[] r : rows) {
            trend.add(new DashboardView.TrendPoint(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        return trend;
    }

    private static List<DashboardView.Lagging> lagging(TrackerView reports, CongressProgress congress, DisseminationMatrix matrix,
                                                       FollowUp tasks, String bloc) {
        List<DashboardView.Lagging> lagging = new ArrayList<>();
        for (ReportRow r : reports.rows()) {
            if (r.missing() && r.timeliness().state() == Timeliness.State.OVERDUE) {
                lagging.add(new DashboardView.Lagging(r.organisationId(), r.organisationName(), "lagging.reportOverdue",
                        String.valueOf(r.timeliness().days()), "/assessment/tracker.xhtml?status=OVERDUE&period=" + reports.periodId() + "&bloc=" + bloc));
            } else if (r.status() == ReviewStatus.RETURNED) {
                lagging.add(new DashboardView.Lagging(r.organisationId(), r.organisationName(), "lagging.reportReturned",
                        r.lastReturnReason() == null ? "" : r.lastReturnReason(), "/assessment/report.xhtml?id=" + r.reportId()));
            }
        }
        if (congress != null) {
            for (CongressRow c : congress.lagging()) {
                if (!c.schedule().held() || c.stuck()) {
                    lagging.add(new DashboardView.Lagging(c.organisationId(), c.organisationName(), "lagging.congress",
                            String.valueOf(c.daysAtStage()), "/congress/progress.xhtml?bloc=" + bloc));
                }
            }
        }
        for (DirectiveRow d : matrix.directives()) {
            for (DisseminationMatrix.Unit u : matrix.units()) {
                var cell = matrix.cell(u.id(), d.id());
                if (cell != null && cell.overdueDays() > 0) {
                    lagging.add(new DashboardView.Lagging(u.id(), u.name(), "lagging.notDisseminated", d.number(), "/directive/matrix.xhtml?bloc=" + bloc));
                }
            }
        }
        for (AssignmentRow a : tasks.open()) {
            if (a.overdue()) {
                lagging.add(new DashboardView.Lagging(a.organisationId(), a.organisationName(), "lagging.taskOverdue",
                        String.valueOf(a.overdueDays()), "/meeting/meeting.xhtml?id=" + a.meetingId()));
            }
        }
        return lagging;
    }
}
