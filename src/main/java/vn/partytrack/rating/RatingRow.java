package vn.partytrack.rating;

import vn.partytrack.review.ReviewStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A unit's line of the rating tracker for a year: where its rating is, the levels so far, the decision, its members
 * per level (with the exempted and those not reviewed), and for how many years running, this one included, it was
 * decided "Hoàn thành xuất sắc" (two or more: a candidate for "trong sạch, vững mạnh tiêu biểu").
 */
public record RatingRow(Long organisationId, String organisationCode, String organisationName, int year, Long ratingId,
                        ReviewStatus status, RatingDetails.RatingStage stage, String selfLevel, String proposedLevel,
                        String decidedLevel, String decisionNumber, LocalDate decisionDate, Integer membersTotal,
                        Integer membersHtxs, Integer membersHtt, Integer membersHt, Integer membersKht,
                        Integer membersExempted, Integer membersNotReviewed, boolean memberQuotaBreached,
                        boolean reportAccepted, int excellentYearsRunning) implements Serializable {
}
