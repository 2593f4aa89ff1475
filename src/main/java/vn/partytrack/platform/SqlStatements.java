package vn.partytrack.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread (registered in persistence.xml). The REST door
 * reports the count of each call in a response header when {@code partytrack.sql-count} is on, so a test can prove
 * that a view's statements do not grow with the number of units.
 */
public class SqlStatements extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
