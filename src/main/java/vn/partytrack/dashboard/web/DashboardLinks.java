package vn.partytrack.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partytrack.dashboard.LaggingLinks;

/** The addresses of the Faces pages the dashboard's lagging list opens (relative to the application). */
@ApplicationScoped
public class DashboardLinks implements LaggingLinks {

    @Override
    public String overdueReports(long periodId, String bloc, Long committeeId) {
        return "/assessment/tracker.xhtml?status=OVERDUE&period=" + periodId + "&bloc=" + bloc
                + (committeeId == null ? "" : "&committee=" + committeeId);
    }

    @Override
    public String report(long reportId) {
        return "/assessment/report.xhtml?id=" + reportId;
    }

    @Override
    public String congressProgress(String bloc) {
        return "/congress/progress.xhtml?bloc=" + bloc;
    }

    @Override
    public String disseminationMatrix(String bloc) {
        return "/directive/matrix.xhtml?bloc=" + bloc;
    }

    @Override
    public String meeting(long meetingId) {
        return "/meeting/meeting.xhtml?id=" + meetingId;
    }

    @Override
    public String overdueAdmissions(String bloc, Long committeeId) {
        return "/admission/overdue.xhtml?bloc=" + bloc + (committeeId == null ? "" : "&committee=" + committeeId);
    }
}
