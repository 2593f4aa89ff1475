package vn.partytrack.congress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    static final LocalDate DEADLINE = LocalDate.of(2020, 6, 30);

    @Test
    void onScheduleMeansNoLaterThanPlannedAndWithinTheDeadline() {
        LocalDate planned = LocalDate.of(2020, 5, 22);
        assertThat(Schedule.of(planned, planned, DEADLINE, LocalDate.of(2026, 1, 1)).state()).isEqualTo(Schedule.State.ON_SCHEDULE);
        assertThat(Schedule.of(planned, planned.minusDays(1), DEADLINE, LocalDate.of(2026, 1, 1)).onSchedule()).isTrue();
        assertThat(Schedule.of(planned, LocalDate.of(2020, 6, 5), DEADLINE, LocalDate.of(2026, 1, 1)))
                .isEqualTo(new Schedule(Schedule.State.LATER_THAN_PLANNED, 14));
        assertThat(Schedule.of(planned, LocalDate.of(2020, 7, 2), DEADLINE, LocalDate.of(2026, 1, 1)))
                .isEqualTo(new Schedule(Schedule.State.AFTER_DEADLINE, 2));
    }

    @Test
    void notHeldIsPlannedOrOverdue() {
        LocalDate planned = LocalDate.of(2020, 5, 22);
        assertThat(Schedule.of(planned, null, DEADLINE, LocalDate.of(2020, 5, 20))).isEqualTo(new Schedule(Schedule.State.PLANNED, 2));
        assertThat(Schedule.of(planned, null, DEADLINE, LocalDate.of(2020, 5, 25))).isEqualTo(new Schedule(Schedule.State.OVERDUE, 3));
        assertThat(Schedule.of(null, null, DEADLINE, LocalDate.of(2020, 5, 25)).state()).isEqualTo(Schedule.State.NOT_PLANNED);
        assertThat(Schedule.of(null, null, DEADLINE, LocalDate.of(2020, 7, 10))).isEqualTo(new Schedule(Schedule.State.OVERDUE, 10));
        // a plan past the deadline is judged by the deadline
        assertThat(Schedule.of(LocalDate.of(2020, 7, 15), null, DEADLINE, LocalDate.of(2020, 7, 5))).isEqualTo(new Schedule(Schedule.State.OVERDUE, 5));
    }

    @Test
    void theRuleDecidesTheFormByTheTermsThreshold() throws Exception {
        CongressTerm term = new CongressTerm("2020-2025", "Nhiệm kỳ 2020–2025", "Term 2020–2025", null, DEADLINE, 200);
        assertThat(term.formFor(199)).isEqualTo(CongressFormat.ALL_MEMBERS);
        assertThat(term.formFor(200)).isEqualTo(CongressFormat.DELEGATES);
    }
}
