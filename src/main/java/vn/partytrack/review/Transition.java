package vn.partytrack.review;

/** One step taken: what, from which status to which, and the reason or comment given. */
public record Transition(ReviewAction action, ReviewStatus from, ReviewStatus to, String comment) {
}
