package vn.partytrack.platform;

import jakarta.persistence.EntityManager;

import java.util.function.ToLongFunction;

/** Finding one record by its id for a use case: not there is {@link NotFound}, an older version {@link ConcurrentEdit}. */
public final class Records {

    private Records() {
    }

    /** The record, or {@link NotFound} naming {@code what} (for the log, never shown). */
    public static <T> T find(EntityManager em, Class<T> type, Object id, String what) {
        T record = id == null ? null : em.find(type, id);
        if (record == null) {
            throw new NotFound(what + " " + id);
        }
        return record;
    }

    /**
     * The record, refusing when the caller decided on another version than the one stored (a null
     * {@code expectedVersion} skips the check).
     */
    public static <T> T find(EntityManager em, Class<T> type, Object id, Long expectedVersion, ToLongFunction<T> version,
                             String what) {
        T record = find(em, type, id, what);
        if (expectedVersion != null && expectedVersion != version.applyAsLong(record)) {
            throw new ConcurrentEdit(what + " " + id + " changed since version " + expectedVersion);
        }
        return record;
    }
}
