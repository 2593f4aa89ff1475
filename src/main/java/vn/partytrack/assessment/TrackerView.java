package vn.partytrack.assessment;

import vn.partytrack.review.Timeliness;
import java.io.Serializable;
import java.util.List;

/**
 * The submission tracker for one period: a row per active grassroots organisation in the chosen bloc and sector
 * (the denominator), and the counts over those rows.
 */
public record TrackerView(Long periodId, List<ReportRow> rows, Counts counts) implements Serializable {

    /**
     * units: active grassroots organisations selected. submitted: sent at least once. onTime / late: by the first
     * submission against the due date. awaitingReview: submitted or resubmitted, not yet decided. returned: sent back
     * and not yet resubmitted. accepted: accepted or locked. missing: no report or only a draft. overdue: missing and
     * past the due date.
     */
    public record Counts(int units, int submitted, int onTime, int late, int awaitingReview, int returned,
                         int accepted, int missing, int overdue) implements Serializable {
    }

    public List<ReportRow> withStatus(String filter) {
        if (filter == null || filter.isBlank()) {
            return rows;
        }
        return rows.stream().filter(r -> switch (filter) {
            case "MISSING" -> r.missing();
            case "OVERDUE" -> r.missing() && r.timeliness().state() == Timeliness.State.OVERDUE;
            case "LATE" -> r.timeliness().state() == Timeliness.State.LATE;
            case "ON_TIME" -> r.timeliness().state() == Timeliness.State.ON_TIME;
            case "AWAITING" -> r.status() != null && r.status().awaitingReview();
            case "ACCEPTED" -> r.status() != null && r.status().accepted();
            default -> r.status() != null && r.status().name().equals(filter);
        }).toList();
    }
}
