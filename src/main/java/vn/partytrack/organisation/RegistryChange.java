package vn.partytrack.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A change of the registry as a staff member records it: what kind, which units, where to, by which decision and from
 * which day. {@code preview} asks only what would move. What each kind reads:
 * <ul>
 * <li>ESTABLISH: {@code newUnits} (one), {@code targetId} its superior committee;</li>
 * <li>RENAME: {@code unitIds} (one), {@code name}, optionally a new {@code code};</li>
 * <li>TRANSFER: {@code unitIds}, {@code targetId} the new superior committee (each unit moves with its subtree);</li>
 * <li>MERGE: {@code unitIds} merged into {@code targetId} (their subordinate units and members go with them);</li>
 * <li>SPLIT: {@code unitIds} (one) into {@code newUnits} (two or more) under the same superior, or {@code targetId};
 * each new unit takes the subordinate units it lists ({@code subordinateIds}), the rest go to the first new unit;</li>
 * <li>DISSOLVE: {@code unitIds}, with everything under them.</li>
 * </ul>
 */
public record RegistryChange(String kind, List<Long> unitIds, Long targetId, String name, String code,
                             List<NewUnit> newUnits, DecisionInput decision, LocalDate effectiveOn, String note,
                             Boolean preview) implements Serializable {

    /** The decision that makes the change: its number, the day it was signed and the committee that issued it. */
    public record DecisionInput(String number, LocalDate decidedOn, Long issuerId) implements Serializable {
    }

    /**
     * A unit the change creates; type, bloc and sector default to the split unit's. {@code subordinateIds} (a split): the
     * split unit's subordinate units this one takes.
     */
    public record NewUnit(String code, String name, String typeCode, String blocCode, String sectorCode,
                          Integer membersTotal, Integer membersFull, Integer membersProbationary,
                          List<Long> subordinateIds) implements Serializable {

        public List<Long> subordinates() {
            return subordinateIds == null ? List.of() : subordinateIds;
        }
    }

    public boolean isPreview() {
        return Boolean.TRUE.equals(preview);
    }
}
