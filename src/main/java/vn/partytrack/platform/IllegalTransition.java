package vn.partytrack.platform;

/** A workflow step that the current state does not allow; the message key says why. */
public class IllegalTransition extends RuntimeException {

    private final String messageKey;

    public IllegalTransition(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
