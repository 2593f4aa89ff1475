package vn.partytrack.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word a user reads comes from the bundle {@code vn.partytrack.i18n.messages} (Vietnamese first, English
 * second). Arguments are named: {@code {max}} in a message is replaced by the argument "max".
 */
public final class Messages {

    public static final String BUNDLE = "vn.partytrack.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Vietnamese or English as asked, never the server's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private Messages() {
    }

    public static String text(Locale locale, String key, Map<String, ?> arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        for (var argument : arguments.entrySet()) {
            pattern = pattern.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return pattern;
    }

    public static String text(Locale locale, String key, Object... positional) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return positional.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(positional);
    }

    /** Vietnamese unless the caller asked for English. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
