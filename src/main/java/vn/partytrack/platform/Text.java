package vn.partytrack.platform;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as we store it: trimmed, Unicode NFC (Vietnamese typed on some keyboards arrives decomposed), without control
 * characters other than tab and line breaks (PostgreSQL refuses NUL; the others are invisible garbage), null if empty.
 */
public final class Text {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Text() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = CONTROL.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("").strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A filter value as typed: null when absent or only white space, otherwise unchanged (not trimmed). */
    public static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
