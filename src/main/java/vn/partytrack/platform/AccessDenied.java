package vn.partytrack.platform;

/** The caller may not see or change this. Shown as 403, never with details of what exists. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
