package vn.partytrack.platform;

/** The thing asked for does not exist. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
