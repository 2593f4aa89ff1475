package vn.partytrack.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed to reach the database three times, five seconds apart, before giving up: with
 * PostgreSQL stopped every request then hung for ten seconds before its 503. Once, half a second later, is enough: the
 * connection pool validates each connection it hands out (PartyTrackDatabase), so a restarted PostgreSQL is picked up
 * on the next request without these retries.
 */
public class ConnectionRetries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(500);
        }
    }
}
