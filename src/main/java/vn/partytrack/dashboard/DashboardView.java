package vn.partytrack.dashboard;

import vn.partytrack.assessment.TrackerView;
import vn.partytrack.meeting.FollowUp;
import vn.partytrack.rating.LevelDistribution;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What district staff and leadership see first for a scope (a bloc, a committee, everything) and a period: counts,
 * figures, trends, who is lagging (with the admission steps overdue today, counted per unit, in the present period)
 * and the rated levels over the years. Only aggregates and short lists: its size does not grow with the units.
 */
public record DashboardView(String blocCode, Long committeeId, Long periodId, BlocSummary summary, TrackerView.Counts reports,
                            List<SectorCount> bySector, CongressCounts congress, List<DocumentShare> documents, long members,
                            Map<String, BigDecimal> figures, List<TrendPoint> trend, FollowUp tasks, List<Lagging> lagging,
                            LevelDistribution ratings, int admissionsOverdue)
        implements Serializable {

    /** How many lagging units of each kind the list shows at most; the counts above it say how many there are. */
    public static final int LAGGING_LIMIT = 100;

    /** Reports of one sector (empty code: none): sent at least once, and missing. */
    public record SectorCount(String sectorCode, int submitted, int missing) implements Serializable {
    }

    /** The latest term's congresses: units, held, on schedule, pilots, and units per furthest stage ("" not started). */
    public record CongressCounts(Long termId, int units, int held, int onSchedule, int pilots, Map<String, Integer> atStage)
            implements Serializable {
    }

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
