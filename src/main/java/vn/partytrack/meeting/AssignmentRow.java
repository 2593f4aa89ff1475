package vn.partytrack.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One unit's share of a task, as the unit, the meeting page and the dashboard show it. */
public record AssignmentRow(Long id, Long taskId, Long meetingId, LocalDate meetingHeldOn, String chair, Long organisationId,
                            String organisationName, String taskBody, LocalDate deadline, String status, String note,
                            LocalDate doneOn, String reportedBy, Instant reportedAt, long version, long overdueDays) implements Serializable {

    public boolean done() {
        return TaskStatus.DONE.is(status);
    }

    public boolean overdue() {
        return overdueDays > 0;
    }
}
