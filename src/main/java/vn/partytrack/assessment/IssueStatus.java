package vn.partytrack.assessment;

import java.util.Arrays;

/**
 * Where the district's answer to a difficulty or proposal stands: OPEN until answered, ANSWERED, CLOSED when nothing
 * more is to be done. Kept and exchanged by its name.
 */
public enum IssueStatus {
    OPEN, ANSWERED, CLOSED;

    /** Whether a status, as given, is one of these. */
    public static boolean known(String name) {
        return name != null && Arrays.stream(values()).anyMatch(s -> s.name().equals(name));
    }

    /** Whether a status, as given, is this one. */
    public boolean is(String name) {
        return name().equals(name);
    }
}
