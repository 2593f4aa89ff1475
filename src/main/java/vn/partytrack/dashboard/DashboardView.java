package vn.partytrack.dashboard;

import vn.partytrack.assessment.TrackerView;
import vn.partytrack.congress.CongressProgress;
import vn.partytrack.meeting.FollowUp;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What district staff and leadership see first for a bloc and a period: figures, trends and who is lagging. */
public record DashboardView(String blocCode, Long periodId, BlocSummary summary, TrackerView reports, CongressProgress congress,
                            List<DocumentShare> documents, long members, Map<String, BigDecimal> figures,
                            List<TrendPoint> trend, FollowUp tasks, List<Lagging> lagging) implements Serializable {

    /** The share of assigned units that disseminated a document. */
    public record DocumentShare(Long directiveId, String number, String title, int disseminated, int assigned) implements Serializable {
        public double ratio() {
            return assigned == 0 ? 0 : (double) disseminated / assigned;
        }
    }

    /** One period of the trend: units, submitted, on time. */
    public record TrendPoint(Long periodId, String code, String nameVi, String nameEn, int units, int submitted, int onTime)
            implements Serializable {
    }

    /** A unit that needs a call, and why (a bundle key with its detail). */
    public record Lagging(Long organisationId, String organisationName, String reasonKey, String detail, String link)
            implements Serializable {
    }

    public BigDecimal figure(String code) {
        return figures.getOrDefault(code, BigDecimal.ZERO);
    }
}
