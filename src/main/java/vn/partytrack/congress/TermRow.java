package vn.partytrack.congress;

import java.io.Serializable;
import java.time.LocalDate;

/** A congress term, as lists show it. */
public record TermRow(Long id, String code, String nameVi, String nameEn, LocalDate grassrootsDeadline,
                      int delegateThreshold, String governingDocument) implements Serializable {
}
