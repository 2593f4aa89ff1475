package vn.partytrack.notification;

import java.io.Serializable;
import java.time.Instant;

/** A notification as its recipient reads it, already in their language. */
public record NotificationRow(Long id, Instant createdAt, String kind, String text, Long reportId, boolean read) implements Serializable {
}
