package vn.partytrack.meeting;

/** How far a unit is with a concluding task of a review meeting: OPEN (under way) or DONE. Kept by its name. */
public enum TaskStatus {
    OPEN, DONE;

    /** Whether a status, as given, is this one. */
    public boolean is(String name) {
        return name().equals(name);
    }
}
