package vn.partytrack.review;

/** Where a submission is in its review. "Overdue" is not a status: it is computed from the due date. */
public enum ReviewStatus {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED, LOCKED;

    /** The secretary may change the content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Waiting for district staff to accept or return it. */
    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    public boolean accepted() {
        return this == ACCEPTED || this == LOCKED;
    }
}
