package vn.partytrack.review;

import java.io.Serializable;
import java.time.Instant;

/** One step of a submission's history, as both sides read it. */
public record HistoryEntry(Instant at, String actor, ReviewAction action, ReviewStatus fromStatus,
                           ReviewStatus toStatus, String comment) implements Serializable {
}
