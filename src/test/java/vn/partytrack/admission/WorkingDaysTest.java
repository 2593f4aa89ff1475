package vn.partytrack.admission;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days skip weekends and the public holidays seeded by V33 (read from the migration itself). */
class WorkingDaysTest {

    static final AdmissionRule RULE = new AdmissionRule(1L, "DIEU-LE-2011", "", "", "", LocalDate.of(2011, 1, 19), 30, 12, 30, 5, 18, 60);

    /** The days V33 seeds, as the server reads them from {@code public_holiday}. */
    static Set<LocalDate> seeded() {
        try {
            String sql = Files.readString(Path.of("db/migration/V33__public_holidays.sql"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'").matcher(sql);
            return m.results().map(r -> LocalDate.parse(r.group(1))).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Set<LocalDate> HOLIDAYS = seeded();

    @Test
    void theSeedCoversTheFixedDaysOf2024To2027OnWeekdaysOnly() {
        for (int y = 2024; y <= 2027; y++) {
            assertThat(HOLIDAYS).contains(LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 30));
            int year = y;
            assertThat(HOLIDAYS.stream().filter(d -> d.getYear() == year && d.getMonthValue() == 9)).hasSize(2);
        }
        assertThat(HOLIDAYS).allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void aDeadlineSpanningTetSkipsItsDaysOff() {
        // decided Friday 10/1/2025; Tết Ất Tỵ: Monday 27/1 to Friday 31/1 off
        LocalDate decided = LocalDate.of(2025, 1, 10);
        assertThat(WorkingDays.after(decided, 30)).isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(WorkingDays.after(decided, 30, HOLIDAYS)).isEqualTo(LocalDate.of(2025, 2, 28));
        // the working day after the last one before Tết is the first one after it
        assertThat(WorkingDays.after(LocalDate.of(2025, 1, 24), 1, HOLIDAYS)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(WorkingDays.after(LocalDate.of(2024, 2, 7), 1, HOLIDAYS)).isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void otherHolidaysAndDaysInLieuAreSkipped() {
        // Friday 26/4/2024: Monday 29/4 (swapped), 30/4 and 1/5 off
        assertThat(WorkingDays.after(LocalDate.of(2024, 4, 26), 3, HOLIDAYS)).isEqualTo(LocalDate.of(2024, 5, 6));
        // 1/5/2027 is a Saturday: Monday 3/5 is off in lieu
        assertThat(WorkingDays.after(LocalDate.of(2027, 4, 29), 1, HOLIDAYS)).isEqualTo(LocalDate.of(2027, 5, 4));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 9, 1), HOLIDAYS)).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 9, 3), HOLIDAYS)).isTrue();
    }

    @Test
    void theCeremonyDeadlineAcrossTetIsNotOverdueEarly() {
        Progress decided = new Progress(AdmissionStage.QUYET_DINH_KET_NAP, LocalDate.of(1995, 5, 1), LocalDate.of(2024, 3, 2),
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 10), null, null, null);
        LocalDate today = LocalDate.of(2025, 2, 25);
        assertThat(Deadlines.of(decided, RULE, today).overdue()).isTrue();
        Deadlines d = Deadlines.of(decided, RULE, today, HOLIDAYS);
        assertThat(d.ceremonyDue()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(d.followUpDue()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(d.overdue()).isFalse();
    }
}
