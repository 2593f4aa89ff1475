package vn.partytrack.platform;

import java.util.Map;

/** One refused field: the form field's name, a message key from the bundle and its named arguments. */
public record FieldError(String field, String messageKey, Map<String, Object> arguments) {

    public FieldError(String field, String messageKey) {
        this(field, messageKey, Map.of());
    }
}
