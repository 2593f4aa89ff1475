package vn.partytrack.meeting;

import vn.partytrack.assessment.IssueRow;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A meeting with everything recorded about it. */
public record MeetingDetails(Long id, String blocCode, Long periodId, String periodCode, LocalDate heldOn, String chair, String place,
                             String conclusion, List<String> boardCodes, List<Unit> unitsPresent, int unitsInScope,
                             List<Task> tasks, List<IssueRow> issues, String createdBy, long version) implements Serializable {

    /** A unit present, or one that may be. */
    public record Unit(Long id, String name) implements Serializable {
    }

    /** A concluding task with each unit's standing on it. */
    public record Task(Long id, int position, String body, LocalDate deadline, boolean allUnits, long version,
                       List<AssignmentRow> assignments) implements Serializable {
        public long done() {
            return assignments.stream().filter(AssignmentRow::done).count();
        }
    }
}
