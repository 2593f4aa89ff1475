package vn.partytrack.rating;

import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One organisation's rating for a year as the pages and the API show it: the rule set it is rated under, the
 * self-assessment, the board's appraisal, the standing committee's decision, the checks computed for the level now
 * in question (the decided one, else the proposed one, else the self-assessed one), a pending request to reopen it,
 * the history and what the caller may do next.
 */
public record RatingDetails(Long id, Long organisationId, String organisationCode, String organisationName, int year,
                            String ruleSetCode, String ruleSetName, ReviewStatus status, RatingStage stage, long version,
                            RatingForm selfAssessment, String proposedLevel, String appraisalNote, String appraisedBy,
                            Instant appraisedAt, String decidedLevel, String decisionNumber, LocalDate decisionDate,
                            String decisionReason, String decidedBy, Instant decidedAt, boolean reportAccepted,
                            List<RatingCheck> checks, String lastReturnReason, Instant unlockRequestedAt, String unlockReason,
                            List<HistoryEntry> history, RatingActions actions)
        implements Serializable {

    /** A breached check, in both languages, and whether the standing committee may decide over it with a reason. */
    public record RatingCheck(String rule, boolean overridable, String messageVi, String messageEn) implements Serializable {
        public String message(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageVi;
        }
    }

    /** What the caller may do now. */
    public record RatingActions(boolean edit, boolean submit, boolean appraise, boolean returnForCorrection, boolean decide,
                          boolean requestUnlock, boolean decideUnlock, boolean comment) implements Serializable {
    }

    /** Where a rating is in the yearly cycle, as the tracker counts it. */
    public enum RatingStage {
        NOT_STARTED, DRAFT, RETURNED, AWAITING_APPRAISAL, AWAITING_DECISION, DECIDED;

        public static RatingStage of(ReviewStatus status, boolean decided) {
            if (status == null) {
                return NOT_STARTED;
            }
            if (decided) {
                return DECIDED;
            }
            return switch (status) {
                case DRAFT -> DRAFT;
                case RETURNED -> RETURNED;
                case SUBMITTED, RESUBMITTED -> AWAITING_APPRAISAL;
                case ACCEPTED, LOCKED -> AWAITING_DECISION;
            };
        }
    }
}
