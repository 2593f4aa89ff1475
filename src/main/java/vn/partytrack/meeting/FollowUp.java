package vn.partytrack.meeting;

import java.io.Serializable;
import java.util.List;

/** The concluding tasks of a bloc's meetings in a period, as the dashboard follows them up. */
public record FollowUp(int meetings, int tasks, int assignments, int done, int overdue, List<AssignmentRow> open) implements Serializable {
}
