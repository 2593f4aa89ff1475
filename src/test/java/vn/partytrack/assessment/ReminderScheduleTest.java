package vn.partytrack.assessment;

import org.junit.jupiter.api.Test;
import vn.partytrack.platform.Clocks;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {

    @Test
    void theRemindersGoOutAtSevenInTheMorningHanoiTime() {
        var trigger = ReminderSchedule.everyMorningAtSeven();
        ZonedDateTime beforeSeven = ZonedDateTime.of(2026, 11, 29, 6, 59, 0, 0, Clocks.ZONE);
        assertThat(trigger.getNextRunTime(null, beforeSeven)).isEqualTo(ZonedDateTime.of(2026, 11, 29, 7, 0, 0, 0, Clocks.ZONE));
        // a server started after seven (here at 00:30 UTC, 07:30 in Hanoi) sends the next morning
        ZonedDateTime afterSeven = ZonedDateTime.parse("2026-11-29T00:30:00Z").withZoneSameInstant(Clocks.ZONE);
        assertThat(trigger.getNextRunTime(null, afterSeven)).isEqualTo(ZonedDateTime.of(2026, 11, 30, 7, 0, 0, 0, Clocks.ZONE));
        // and on the last day of a month, the first of the next
        ZonedDateTime lastDay = ZonedDateTime.of(2026, 12, 31, 8, 0, 0, 0, Clocks.ZONE);
        assertThat(trigger.getNextRunTime(null, lastDay)).isEqualTo(ZonedDateTime.of(2027, 1, 1, 7, 0, 0, 0, Clocks.ZONE));
    }
}
