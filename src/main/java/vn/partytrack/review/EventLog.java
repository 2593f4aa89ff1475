package vn.partytrack.review;

import java.time.Instant;
import java.util.List;

/**
 * A kind's history table as {@link Reviewed} keeps it: the entity's list of its event rows, oldest first, and how one
 * step becomes a row of it. A kind returns one from {@link Reviewed#log()}; the steps, the history and the last
 * return reason are kept and read here, once for every kind.
 */
public record EventLog<E extends ReviewEvent>(List<E> events, Row<E> row) {

    /** Makes the kind's event row for a step: its constructor, usually. */
    @FunctionalInterface
    public interface Row<E> {
        E of(Instant at, String by, Transition transition);
    }

    void add(String by, Instant at, Transition transition) {
        events.add(row.of(at, by, transition));
    }
}
