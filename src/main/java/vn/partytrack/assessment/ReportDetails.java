package vn.partytrack.assessment;

import vn.partytrack.review.Timeliness;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.HistoryEntry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A report as both sides read it, with its history and what the caller may do with it now. */
public record ReportDetails(Long id, Long organisationId, String organisationCode, String organisationName,
                            Long periodId, String periodCode, String periodNameVi, String periodNameEn,
                            LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, boolean periodOpen,
                            ReviewStatus status, Timeliness timeliness, Instant firstSubmittedAt,
                            Instant lastSubmittedAt, Instant acceptedAt, Instant unlockRequestedAt, String unlockReason,
                            String lastReturnReason, long version, Map<String, BigDecimal> numbers,
                            Map<String, LocalDate> dates, Map<String, String> texts, List<Item> items,
                            List<HistoryEntry> history, Actions actions, Map<String, String> sources) implements Serializable {

    /** Where a figure came from when it was not typed ({@code ADMISSION_RECORDS}); absent for typed figures. */
    public String source(String indicatorCode) {
        return sources.get(indicatorCode);
    }

    /** A difficulty or proposal. */
    public record Item(Long id, ReportItemKind kind, int position, String body, String ownerBoardCode, String response,
                       String status) implements Serializable {
    }

    /** What the caller may do now; the service checks again when they do it. */
    public record Actions(boolean edit, boolean submit, boolean review, boolean lock, boolean requestUnlock,
                          boolean decideUnlock, boolean comment) implements Serializable {
    }
}
