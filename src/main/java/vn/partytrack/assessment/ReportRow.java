package vn.partytrack.assessment;

import vn.partytrack.review.Timeliness;
import vn.partytrack.review.ReviewStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One organisation's standing for one period, as the tracker and the secretary's list show it. {@code reportId} and
 * {@code status} are null when no report exists yet.
 */
public record ReportRow(Long organisationId, String organisationCode, String organisationName, String sectorCode,
                        Long periodId, String periodCode, String periodNameVi, String periodNameEn, LocalDate dueDate,
                        boolean periodOpen, Long reportId, ReviewStatus status, Instant firstSubmittedAt,
                        Timeliness timeliness, String lastReturnReason, boolean unlockRequested) implements Serializable {

    public boolean missing() {
        return status == null || status == ReviewStatus.DRAFT;
    }
}
