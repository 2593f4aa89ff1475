package vn.partytrack.platform;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Recognises a failure that means "PostgreSQL is not answering" (stopped, restarting, unreachable) rather than a fault
 * of the request: the REST door and the sign-in answer it with 503 and a message to try again shortly, and the
 * connection pool reconnects by itself once the database is back (PartyTrackDatabase validates every connection).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final String RETRY_AFTER = "15";

    private DatabaseUnavailable() {
    }

    /**
     * True when a cause of {@code failure} is a connection failure: SQLSTATE class 08 (connection exception), 57P01–03
     * (the server is shutting down, crashed or starting up), or a refused TCP connection.
     */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
