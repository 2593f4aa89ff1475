package vn.partytrack.review;

/**
 * What kind of record is reviewed, as notifications name it: {@code code} prefixes the notification kinds
 * ({@code REPORT_SUBMITTED}, {@code REPORT_RETURNED}) and {@code messagePrefix} the bundle keys
 * ({@code notification.reportSubmitted}, {@code notification.reportReturned}, {@code notification.reportUnlockRequested}…).
 */
public record ReviewKind(String code, String messagePrefix) {

    public String notificationKind(String event) {
        return code + "_" + event;
    }

    public String messageKey(String event) {
        return messagePrefix + event;
    }
}
