package vn.partytrack.review;

import vn.partytrack.platform.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.io.Serializable;

/**
 * Whether a report came in on time, computed from the due date and the first submission (a report returned and
 * resubmitted keeps the timeliness of its first submission), never stored. Days are Hanoi calendar days.
 */
public record Timeliness(State state, long days) implements Serializable {

    public enum State {
        /** Not submitted, due in {@code days} days. */
        DUE_IN,
        /** Not submitted, due today. */
        DUE_TODAY,
        /** Not submitted, {@code days} days past the due date. */
        OVERDUE,
        /** Submitted on or before the due date. */
        ON_TIME,
        /** Submitted {@code days} days after the due date. */
        LATE
    }

    public static Timeliness of(LocalDate dueDate, Instant firstSubmittedAt, LocalDate today) {
        if (firstSubmittedAt != null) {
            LocalDate submitted = firstSubmittedAt.atZone(Clocks.ZONE).toLocalDate();
            long late = ChronoUnit.DAYS.between(dueDate, submitted);
            return late > 0 ? new Timeliness(State.LATE, late) : new Timeliness(State.ON_TIME, 0);
        }
        long left = ChronoUnit.DAYS.between(today, dueDate);
        if (left > 0) {
            return new Timeliness(State.DUE_IN, left);
        }
        return left == 0 ? new Timeliness(State.DUE_TODAY, 0) : new Timeliness(State.OVERDUE, -left);
    }

    public boolean submitted() {
        return state == State.ON_TIME || state == State.LATE;
    }

    /** The bundle key that describes this, with {@link #days()} as its argument. */
    public String messageKey() {
        return "timeliness." + state.name();
    }
}
