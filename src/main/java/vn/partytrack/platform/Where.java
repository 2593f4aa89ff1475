package vn.partytrack.platform;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list with optional filters: each condition with its named parameter, a filter only when its
 * value is given, and the unit secretary's scope. Renders {@code " WHERE a AND b"} (nothing without conditions) and
 * binds the parameters to every query built from it (the rows and their count).
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that always applies, without a parameter. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A filter that applies only when its value is given: not null and, for text, not blank. */
    public Where andGiven(String condition, String parameter, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * The secretary's scope: when {@code secretary}, only the own organisation ({@code column = :own}), even when its
     * id is null (then nothing matches); district-wide readers are not narrowed.
     */
    public Where ownOnly(boolean secretary, String column, Long ownOrganisationId) {
        if (secretary) {
            conditions.add(column + " = :own");
            parameters.put("own", ownOrganisationId);
        }
        return this;
    }

    /**
     * A committee's reach: with a committee path (its materialised path and '%'), only units under the committee today
     * or that became part of one ({@code pt_reaches}); null: not narrowed.
     */
    public Where reach(String idColumn, String committeePath) {
        if (committeePath != null) {
            conditions.add("FUNCTION('pt_reaches', " + idColumn + ", :reach) = 1");
            parameters.put("reach", committeePath);
        }
        return this;
    }

    /** {@code " WHERE a AND b"}, or the empty string when there is no condition. */
    public String render() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Sets the parameters of the conditions on the query built with this clause. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
