package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The deadlines of the admission pipeline valid from a date (table admission_rule): working days for the ceremony after
 * the decision, months of probation after the ceremony, working days for the cell's review of full membership after
 * the probation ends, the years an awareness certificate counts and the admission ages.
 */
public record AdmissionRule(Long id, String code, String nameVi, String nameEn, String sources, LocalDate validFrom,
                            int ceremonyWorkingDays, int probationMonths, int recognitionWorkingDays,
                            int awarenessValidYears, int minAge, int maxAge) implements Serializable {
}
