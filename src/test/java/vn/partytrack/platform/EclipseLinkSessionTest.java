package vn.partytrack.platform;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class EclipseLinkSessionTest {

    /** What the load test's server log showed for a stale version written in a batch. */
    private static final Throwable STALE_VERSION = OptimisticLockException.batchStatementExecutionFailure();
    private static final Throwable SAME_CODE_AT_THE_SAME_MOMENT = DatabaseException.sqlException(
            new SQLException("duplicate key value violates unique constraint \"organisation_code_unique\"", "23505"));
    private static final Throwable CONNECTION_LOST = DatabaseException.sqlException(
            new SQLException("An I/O error occurred while sending to the backend.", "08006"));

    private static String logged(int level, Throwable failure) {
        StringWriter out = new StringWriter();
        DefaultSessionLog server = new DefaultSessionLog(out);
        server.setLevel(level);
        server.setShouldLogExceptionStackTrace(true); // as Payara's server log does
        new EclipseLinkSession.ConflictsAtFine(server).logThrowable(SessionLog.WARNING, SessionLog.SQL, failure);
        return out.toString();
    }

    @Test
    void theExpectedEndsOfAConcurrentEditAreNotWarnings() {
        assertThat(logged(SessionLog.WARNING, STALE_VERSION)).isEmpty();
        assertThat(logged(SessionLog.WARNING, SAME_CODE_AT_THE_SAME_MOMENT)).isEmpty();
    }

    @Test
    void theyAreStillThereAtFine() {
        assertThat(logged(SessionLog.FINE, STALE_VERSION)).startsWith("[EL Fine]").contains("cannot be updated because it has changed");
        assertThat(logged(SessionLog.FINE, SAME_CODE_AT_THE_SAME_MOMENT)).startsWith("[EL Fine]").contains("organisation_code_unique");
    }

    @Test
    void anyOtherFailureIsStillAWarningWithItsStackTrace() {
        assertThat(logged(SessionLog.WARNING, CONNECTION_LOST)).startsWith("[EL Warning]").contains("An I/O error")
                .contains("at vn.partytrack.platform.EclipseLinkSessionTest");
    }

    @Test
    void whatAnEntryShowsIsStillTheServerLogsSetting() {
        DefaultSessionLog server = new DefaultSessionLog(new StringWriter());
        var wrapped = new EclipseLinkSession.ConflictsAtFine(server);
        server.setShouldDisplayData(false);
        assertThat(wrapped.shouldDisplayData()).isFalse();
        wrapped.setShouldDisplayData(true);
        assertThat(server.shouldDisplayData()).isTrue();
        server.setLevel(SessionLog.OFF);
        assertThat(wrapped.isOff()).isTrue();
    }
}
