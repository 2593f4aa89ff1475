package vn.partytrack.review.rest;

import vn.partytrack.platform.InvalidInput;
import vn.partytrack.review.Reviews;

/**
 * The request bodies of the review endpoints every reviewed kind offers (return, unlock request and decision,
 * comments), and their translation into the kind's {@link Reviews}: a missing body is a missing field, never a
 * server error.
 */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /** A reason or comment, and the version the reviewer decided on (optional: a stale one gets 409). */
    public record Reason(String reason, Long version) {
    }

    /** The version the reviewer decided on (optional). */
    public record Decision(Long version) {
    }

    /** A decision on an unlock request. */
    public record UnlockDecision(boolean grant, String comment, Long version) {
    }

    public static <D> D returnForCorrection(Reviews<D> reviews, long id, Reason reason) {
        return reviews.returnForCorrection(id, reason == null ? null : reason.reason(), reason == null ? null : reason.version());
    }

    public static <D> D requestUnlock(Reviews<D> reviews, long id, Reason reason) {
        return reviews.requestUnlock(id, reason == null ? null : reason.reason());
    }

    public static <D> D decideUnlock(Reviews<D> reviews, long id, UnlockDecision decision) {
        if (decision == null) {
            throw new InvalidInput("grant", "field.required");
        }
        return reviews.decideUnlock(id, decision.grant(), decision.comment(), decision.version());
    }

    public static <D> D comment(Reviews<D> reviews, long id, Reason text) {
        return reviews.comment(id, text == null ? null : text.reason());
    }

    /** The version in a decision, if one was sent. */
    public static Long version(Decision decision) {
        return decision == null ? null : decision.version();
    }
}
