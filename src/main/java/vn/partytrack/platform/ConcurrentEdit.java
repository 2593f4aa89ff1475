package vn.partytrack.platform;

/** Somebody else saved this record after the caller loaded it; the caller's input was not saved. */
public class ConcurrentEdit extends RuntimeException {
    public ConcurrentEdit(String message) {
        super(message);
    }
}
