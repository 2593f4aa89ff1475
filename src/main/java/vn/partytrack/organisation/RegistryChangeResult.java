package vn.partytrack.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a registry change moves (or, for a preview, would move): one line per unit it touches, those that move with
 * their superior included; {@code decisionId} and {@code established} only once it is recorded.
 */
public record RegistryChangeResult(String kind, boolean preview, Long decisionId, LocalDate effectiveOn, int units,
                                   List<RegistryMove> moves, List<Long> established) implements Serializable {

    /**
     * One unit and what happens to it: {@code change} is ESTABLISH, RENAME, TRANSFER, MOVES_WITH (under a transferred
     * unit), MERGED (into the successor), ABSORBS (the successor's members), SPLIT, DISSOLVE, SUBORDINATE_MOVES (to the
     * successor); {@code before} and {@code after} say from what to what, as a person reads it.
     */
    public record RegistryMove(Long organisationId, String code, String name, String change, String before,
                               String after) implements Serializable {
    }
}
