package vn.partytrack.directive;

import java.io.Serializable;

/** A document and the own unit's standing on it. */
public record MatrixCellRow(DirectiveRow directive, MatrixCell cell) implements Serializable {
}
