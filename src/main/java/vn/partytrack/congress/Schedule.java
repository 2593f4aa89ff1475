package vn.partytrack.congress;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a congress is on schedule, computed from the planned date, the date it was held and the term's deadline;
 * never typed in. On schedule means held no later than planned and no later than the deadline.
 */
public record Schedule(State state, long days) implements Serializable {

    public enum State {
        /** No planned date yet. */
        NOT_PLANNED,
        /** Not held yet; {@code days} until the planned date. */
        PLANNED,
        /** Not held, and past the planned date or the deadline by {@code days}. */
        OVERDUE,
        /** Held no later than planned and within the deadline. */
        ON_SCHEDULE,
        /** Held {@code days} after the planned date, but within the deadline. */
        LATER_THAN_PLANNED,
        /** Held {@code days} after the deadline. */
        AFTER_DEADLINE
    }

    public static Schedule of(LocalDate planned, LocalDate held, LocalDate deadline, LocalDate today) {
        if (held != null) {
            if (held.isAfter(deadline)) {
                return new Schedule(State.AFTER_DEADLINE, ChronoUnit.DAYS.between(deadline, held));
            }
            if (planned != null && held.isAfter(planned)) {
                return new Schedule(State.LATER_THAN_PLANNED, ChronoUnit.DAYS.between(planned, held));
            }
            return new Schedule(State.ON_SCHEDULE, 0);
        }
        LocalDate due = planned == null || planned.isAfter(deadline) ? deadline : planned;
        if (today.isAfter(due)) {
            return new Schedule(State.OVERDUE, ChronoUnit.DAYS.between(due, today));
        }
        return planned == null ? new Schedule(State.NOT_PLANNED, 0) : new Schedule(State.PLANNED, ChronoUnit.DAYS.between(today, planned));
    }

    public boolean onSchedule() {
        return state == State.ON_SCHEDULE;
    }

    public boolean held() {
        return state == State.ON_SCHEDULE || state == State.LATER_THAN_PLANNED || state == State.AFTER_DEADLINE;
    }

    public boolean late() {
        return state == State.OVERDUE || state == State.LATER_THAN_PLANNED || state == State.AFTER_DEADLINE;
    }
}
