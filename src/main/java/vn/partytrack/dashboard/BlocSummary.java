package vn.partytrack.dashboard;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Active grassroots organisations of a bloc counted by sector (rows) and type (columns), with members. */
public record BlocSummary(String blocCode, List<String> typeCodes, List<SectorLine> lines, Map<String, Long> typeTotals,
                          long organisations, long members, long subordinateCells) implements Serializable {

    public record SectorLine(String sectorCode, Map<String, Long> byType, long organisations, long members) implements Serializable {
        public long count(String typeCode) {
            return byType.getOrDefault(typeCode, 0L);
        }
    }

    public long typeTotal(String typeCode) {
        return typeTotals.getOrDefault(typeCode, 0L);
    }
}
