package vn.partytrack.officer;

/** How a person left a post. */
public enum LeftBy {
    TERM_ENDED(false),
    /** Resigned (xin thôi), with the decision accepting it when there is one. */
    RESIGNED(false),
    /** Disciplined (kỷ luật, cách chức): the disciplinary decision is required. */
    DISCIPLINED(true),
    /** Moved (điều động) to other work: the decision is required. */
    MOVED(true),
    /** Replaced by someone recorded later (the registry's name changed). */
    REPLACED(false);

    private final boolean decisionRequired;

    LeftBy(boolean decisionRequired) {
        this.decisionRequired = decisionRequired;
    }

    public boolean decisionRequired() { return decisionRequired; }
}
