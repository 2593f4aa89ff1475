package vn.partytrack.organisation;

import java.io.Serializable;

/**
 * The units a district-wide view covers: the grassroots organisations of a bloc (every bloc when blank) under a
 * committee (the whole tree when null). {@code under} is the committee's materialised path followed by '%', for
 * {@code o.path LIKE :under}; '/%' matches every organisation. {@code aboveUnits}: the scope is everything or a
 * committee above the grassroots units, so the roll-ups kept per superior committee can answer for it.
 */
public record Scope(String bloc, Long committeeId, String under, boolean aboveUnits) implements Serializable {

    public static Scope bloc(String blocCode) {
        return new Scope(blocCode == null ? "" : blocCode, null, "/%", true);
    }

    /** The bloc as the parameter of an {@code (?n = '' OR b.code = ?n)} clause. */
    @Override
    public String bloc() {
        return bloc == null ? "" : bloc;
    }

    /** The bloc code as callers pass it: null when every bloc. */
    public String blocCode() {
        return bloc == null || bloc.isEmpty() ? null : bloc;
    }
}
