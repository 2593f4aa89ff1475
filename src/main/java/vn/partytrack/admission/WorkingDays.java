package vn.partytrack.admission;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic for the admission deadlines. Working days are Monday to Friday, less the public holidays
 * (table {@code public_holiday}, read by {@link PublicHolidays}: New Year, the Tết days off as announced, the Hùng
 * Kings' day, 30/4, 1/5, 2/9 and its adjacent day, days off in lieu or swapped). A Saturday worked to make up a swapped
 * day (làm bù) is not counted as a working day: a deadline may then show one day late, never early. Without the
 * holiday set (the two-argument form) no holiday is deducted. Staff add or correct a day with
 * {@code PUT /api/v1/public-holidays/{day}} (or SQL, see the README).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (from itself not counted), no holiday deducted. */
    public static LocalDate after(LocalDate from, int days) {
        return after(from, days, Set.of());
    }

    /** The day {@code days} working days after {@code from} (from itself not counted), skipping {@code holidays}. */
    public static LocalDate after(LocalDate from, int days, Set<LocalDate> holidays) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d, holidays)) {
                left--;
            }
        }
        return d;
    }

    /** Monday to Friday and not a public holiday. */
    public static boolean isWorkingDay(LocalDate d, Set<LocalDate> holidays) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }
}
