package vn.partytrack.congress;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One organisation's congress as the progress screen shows it; {@code congressId} is null when the unit has not
 * started. {@code currentStage} is the furthest stage reached, {@code daysAtStage} how long ago it was reached.
 */
public record CongressRow(Long organisationId, String organisationCode, String organisationName, String sectorCode,
                          Long congressId, boolean pilot, CongressFormat format, LocalDate plannedDate,
                          LocalDate heldFrom, Schedule schedule, String currentStage, LocalDate currentStageOn,
                          long daysAtStage, boolean stuck, boolean awaitingDistrict) implements Serializable {

    /** Late against the plan or the deadline, or stuck at a stage: the units the district should call. */
    public boolean lagging() {
        return schedule.late() || stuck;
    }
}
