package vn.partytrack.officer;

import java.io.Serializable;
import java.util.Map;

/**
 * What leadership views see of officers: counts across the scope, never a person. Units counted, those with a
 * secretary today, posts held today by kind, posts vacant longer than the configured days, terms ending soon.
 */
public record OfficerCounts(long units, long withSecretary, Map<PostKind, Long> heldByKind, long vacant, long termsEnding)
        implements Serializable {

    /** Posts of a kind held today, by the kind's code (for pages). */
    public long held(String kind) {
        Long n = heldByKind.get(PostKind.valueOf(kind));
        return n == null ? 0 : n;
    }
}
