package vn.partytrack.synthesis;

import java.io.Serializable;
import java.time.Instant;

/** A finalised version of a synthesis report. */
public record SynthesisVersion(Long id, String blocCode, Long periodId, int version, String title, String finalisedBy,
                               Instant finalisedAt) implements Serializable {
}
