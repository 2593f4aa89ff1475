package vn.partytrack.rating;

import vn.partytrack.platform.FieldError;

import java.io.Serializable;
import java.util.Map;

/**
 * A rule of the year's rule set that a level would break, with the numbers: {@code rule} names it
 * ({@code MEMBER_QUOTA}, {@code ORG_QUOTA}, {@code DISCIPLINE_CAP}, {@code SCORE}, {@code REPORT_NOT_ACCEPTED},
 * {@code COUNTS}, {@code LEVEL_UNKNOWN}); the text is {@code rating.breach.<rule>} with these arguments. An
 * overridable breach may still be decided by the standing committee with a recorded reason, when the rule set allows.
 */
public record Breach(String rule, Map<String, Object> arguments, boolean overridable) implements Serializable {

    public String messageKey() {
        return "rating.breach." + rule;
    }

    /** The breach as a refusal of the named field. */
    public FieldError on(String field) {
        return new FieldError(field, messageKey(), arguments);
    }
}
