package vn.partytrack.directive;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Units × documents. For each document, the share of its assigned units that disseminated it and the units still
 * missing. {@code cells} is keyed by organisation id, then directive id; a missing key means not assigned.
 */
public record DisseminationMatrix(List<DirectiveRow> directives, List<Unit> units, Map<Long, Map<Long, MatrixCell>> cells,
                                  Map<Long, Share> shares) implements Serializable {

    /** A row of the matrix. */
    public record Unit(Long id, String code, String name) implements Serializable {
    }

    /** k of n assigned units disseminated the document. */
    public record Share(int disseminated, int assigned, List<String> missing) implements Serializable {
        public String missingText() {
            return String.join(", ", missing);
        }

        public double ratio() {
            return assigned == 0 ? 0 : (double) disseminated / assigned;
        }
    }

    public MatrixCell cell(Long unitId, Long directiveId) {
        Map<Long, MatrixCell> row = cells.get(unitId);
        return row == null ? null : row.get(directiveId);
    }
}
