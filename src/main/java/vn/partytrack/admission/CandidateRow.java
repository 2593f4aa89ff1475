package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;

/** A candidate in a unit's pipeline list: the stage reached, its date, and the deadline the stage waits for. */
public record CandidateRow(Long id, Long organisationId, String organisationName, String fullName, AdmissionStage stage,
                           LocalDate stageDate, String followUp, LocalDate followUpDue, boolean overdue, int overdueDays)
        implements Serializable {
}
