package vn.partytrack.notification;

/** An e-mail to send once the transaction that asked for it has committed. */
public record Mail(String to, String subject, String body) {
}
