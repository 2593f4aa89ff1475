package vn.partytrack.account;

import java.io.Serializable;
import java.time.Instant;

/** An account as the administrators' list shows it. */
public record AccountRow(Long id, String username, String fullName, Role role, String boardCode,
                         Long organisationId, String organisationName, boolean enabled, Instant lockedUntil,
                         boolean sample, Long committeeId, String committeeName) implements Serializable {
}
