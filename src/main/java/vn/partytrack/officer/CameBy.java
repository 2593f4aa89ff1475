package vn.partytrack.officer;

/** How a person came to a post. */
public enum CameBy {
    /** Elected at the congress (its approval decision is the congress's). */
    ELECTED(false),
    /** Appointed (chỉ định) by the superior committee. */
    APPOINTED(true),
    /** Added to the committee (bầu bổ sung) between congresses, with the approving decision. */
    ADDED(true),
    /** Moved in (điều động) from another post or unit. */
    MOVED(true),
    /** Recorded from the registry without a decision (what the unit typed before posts were kept). */
    RECORDED(false);

    private final boolean decisionRequired;

    CameBy(boolean decisionRequired) {
        this.decisionRequired = decisionRequired;
    }

    public boolean decisionRequired() { return decisionRequired; }
}
