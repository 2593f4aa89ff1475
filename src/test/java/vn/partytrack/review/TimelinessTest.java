package vn.partytrack.assessment;

import vn.partytrack.review.Timeliness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessTest {

    final LocalDate due = LocalDate.of(2020, 6, 20);

    @Test
    void notSubmittedCountsDaysLeftOrOverdue() {
        assertThat(Timeliness.of(due, null, LocalDate.of(2020, 6, 17))).isEqualTo(new Timeliness(Timeliness.State.DUE_IN, 3));
        assertThat(Timeliness.of(due, null, due)).isEqualTo(new Timeliness(Timeliness.State.DUE_TODAY, 0));
        assertThat(Timeliness.of(due, null, LocalDate.of(2020, 7, 9))).isEqualTo(new Timeliness(Timeliness.State.OVERDUE, 19));
    }

    @Test
    void submittedCountsByTheHanoiCalendarDayOfTheFirstSubmission() {
        // 23:30 Hanoi on the due date is 16:30 UTC: on time
        assertThat(Timeliness.of(due, Instant.parse("2020-06-20T16:30:00Z"), LocalDate.of(2020, 7, 1)).state())
                .isEqualTo(Timeliness.State.ON_TIME);
        // 00:30 Hanoi the next day is still 20 June in UTC: one day late
        assertThat(Timeliness.of(due, Instant.parse("2020-06-20T17:30:00Z"), LocalDate.of(2020, 7, 1)))
                .isEqualTo(new Timeliness(Timeliness.State.LATE, 1));
        assertThat(Timeliness.of(due, Instant.parse("2020-06-25T02:00:00Z"), LocalDate.of(2020, 7, 1)))
                .isEqualTo(new Timeliness(Timeliness.State.LATE, 5));
        assertThat(Timeliness.of(due, Instant.parse("2020-06-01T02:00:00Z"), LocalDate.of(2020, 7, 1)).submitted()).isTrue();
    }
}
