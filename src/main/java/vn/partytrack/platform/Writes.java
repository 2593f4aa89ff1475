package vn.partytrack.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

/** Writing pending changes now, so that a conflict with someone else's write is told as one, not as a failure. */
public final class Writes {

    /** PostgreSQL's unique_violation: the same record was created by someone else at the same moment. */
    static final String UNIQUE_VIOLATION = "23505";

    private Writes() {
    }

    /**
     * Flushes; a stale version (optimistic lock) or a row another request inserted at the same moment (a unique
     * constraint, e.g. a double-clicked "create") becomes {@link ConcurrentEdit}: 409 for the API, a message on the
     * page, and nothing of this request saved.
     */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit(what + " changed by someone else while saving");
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConcurrentEdit(what + " created by someone else at the same moment");
            }
            throw e;
        }
    }

    /** Whether a unique constraint refused the write, anywhere in the chain of causes. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
