package vn.partytrack.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/** How EclipseLink's session behaves when the database fails a request (persistence.xml's session customizer). */
public class EclipseLinkSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        retryOnceQuickly(session);
        session.setSessionLog(new ConflictsAtFine(session.getSessionLog()));
    }

    /**
     * EclipseLink retries a read that failed to reach the database three times, five seconds apart, before giving up:
     * with PostgreSQL stopped every request then hung for ten seconds before its 503. Once, half a second later, is
     * enough: the connection pool validates each connection it hands out (PartyTrackDatabase), so a restarted
     * PostgreSQL is picked up on the next request without these retries.
     */
    private static void retryOnceQuickly(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(500);
        }
    }

    /**
     * EclipseLink logs every exception it throws as a WARNING with its stack trace. Two of them are the expected end of
     * a concurrent edit, which the application answers itself ({@link Writes}: a 409, or a message next to the form):
     * a stale version (optimistic lock) and a row someone else inserted at the same moment (a unique constraint).
     * Those go to FINE; everything else is logged as EclipseLink logs it.
     */
    static final class ConflictsAtFine extends AbstractSessionLog {

        private final SessionLog log;

        ConflictsAtFine(SessionLog log) {
            this.log = log;
        }

        static boolean isConflict(Throwable failure) {
            return failure instanceof OptimisticLockException || Writes.isUniqueViolation(failure);
        }

        @Override
        public void log(SessionLogEntry entry) {
            if (entry.hasException() && entry.getLevel() > FINE && isConflict(entry.getException())) {
                if (!log.shouldLog(FINE, entry.getNameSpace())) {
                    return;
                }
                entry.setLevel(FINE);
            }
            log.log(entry);
        }

        @Override
        public boolean shouldLog(int level, String category) {
            return log.shouldLog(level, category);
        }

        @Override
        public boolean shouldLog(int level) {
            return log.shouldLog(level);
        }

        @Override
        public int getLevel(String category) {
            return log.getLevel(category);
        }

        @Override
        public void setLevel(int level, String category) {
            log.setLevel(level, category);
        }

        @Override
        public boolean isOff() {
            return log.getLevel() == OFF;
        }

        // what an entry shows (bind values, stack traces) stays the server log's own setting

        @Override
        public boolean shouldLogExceptionStackTrace() {
            return log.shouldLogExceptionStackTrace();
        }

        @Override
        public void setShouldLogExceptionStackTrace(boolean shouldLogExceptionStackTrace) {
            log.setShouldLogExceptionStackTrace(shouldLogExceptionStackTrace);
        }

        @Override
        public boolean shouldDisplayData() {
            return log.shouldDisplayData();
        }

        @Override
        public void setShouldDisplayData(Boolean shouldDisplayData) {
            log.setShouldDisplayData(shouldDisplayData);
        }
    }
}
