package vn.partytrack.meeting;

import java.io.Serializable;
import java.time.LocalDate;

/** A meeting in the list: when, who chaired, how many units came, how far its tasks are done. */
public record MeetingRow(Long id, String blocCode, Long periodId, String periodCode, LocalDate heldOn, String chair,
                         int unitsPresent, int tasks, int assignments, int done, int overdue) implements Serializable {
}
