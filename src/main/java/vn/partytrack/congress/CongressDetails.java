package vn.partytrack.congress;

import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A congress as both sides read it: the plan, the details, each stage with its review, and what the caller may do. */
public record CongressDetails(Long id, Long organisationId, String organisationCode, String organisationName,
                              int organisationMembers, Long termId, String termCode, String termNameVi,
                              String termNameEn, LocalDate deadline, int delegateThreshold, boolean pilot,
                              LocalDate plannedDate, Schedule schedule, CongressForm details, List<Stage> stages,
                              boolean canEdit, boolean canPlan) implements Serializable {

    /** A stage: reached or not, its review when the district confirms it, and what the caller may do with it. */
    public record Stage(String code, String nameVi, String nameEn, boolean districtConfirms, LocalDate completedOn,
                        String note, ReviewStatus status, boolean reached, String lastReturnReason,
                        List<HistoryEntry> history, boolean canRecord, boolean canSubmit, boolean canReview)
            implements Serializable {
    }
}
