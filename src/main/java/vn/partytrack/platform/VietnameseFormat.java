package vn.partytrack.platform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as Vietnamese documents write them: 20.179; 99,8%; 09/07/2020. English pages group with
 * commas (20,179) but keep the day-first dates the users know.
 */
public final class VietnameseFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Clocks.ZONE);

    private VietnameseFormat() {
    }

    public static String number(Number n, Locale locale) {
        if (n == null) {
            return "";
        }
        return format("#,##0", locale).format(n);
    }

    /** A figure that may have decimals: 97.5 → "97,5", 12 → "12". */
    public static String decimal(Number n, Locale locale) {
        return n == null ? "" : format("#,##0.##", locale).format(n);
    }

    /** A share as a percentage with at most one decimal: 0.998 → "99,8%". */
    public static String percent(double share, Locale locale) {
        return format("#,##0.#", locale).format(share * 100) + "%";
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    private static DecimalFormat format(String pattern, Locale locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        symbols.setGroupingSeparator(english ? ',' : '.');
        symbols.setDecimalSeparator(english ? '.' : ',');
        return new DecimalFormat(pattern, symbols);
    }
}
