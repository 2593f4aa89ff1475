package vn.partytrack.review;

/** What happened in a review. */
public enum ReviewAction {
    CREATE, SUBMIT, RESUBMIT, RETURN, ACCEPT, LOCK, REQUEST_UNLOCK, GRANT_UNLOCK, REFUSE_UNLOCK, COMMENT,
    /** A decision on an accepted record by those above the boards (the standing committee rating a unit). */
    DECIDE
}
