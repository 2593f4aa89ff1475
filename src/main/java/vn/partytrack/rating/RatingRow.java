package vn.partytrack.rating;

import vn.partytrack.review.ReviewStatus;

import java.io.Serializable;

/** A unit's line of the rating tracker for a year: where its rating is and the levels so far. */
public record RatingRow(Long organisationId, String organisationCode, String organisationName, int year, Long ratingId,
                        ReviewStatus status, RatingDetails.RatingStage stage, String selfLevel, String proposedLevel,
                        String decidedLevel, String decisionNumber, boolean memberQuotaBreached, boolean reportAccepted)
        implements Serializable {
}
