package vn.partytrack.audit;

import java.time.Instant;

/** An audit entry as the administrators' log shows it. */
public record AuditRow(Long id, Instant at, String actor, String entityType, Long entityId, String action,
                       String before, String after) {
}
