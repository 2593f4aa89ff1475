package vn.partytrack.admission;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic for the admission deadlines. Assumption (not in DOMAIN.md): working days are Monday to
 * Friday; public holidays are not deducted, so a deadline may show a few days early around Tết, never late.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
