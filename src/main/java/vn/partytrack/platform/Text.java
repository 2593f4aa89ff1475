package vn.partytrack.platform;

import java.text.Normalizer;

/** Text as we store it: trimmed, Unicode NFC (Vietnamese typed on some keyboards arrives decomposed), null if empty. */
public final class Text {

    private Text() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
