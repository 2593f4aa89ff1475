package vn.partytrack.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database for a test run. With DB_URL (and DB_USER, DB_PASSWORD) set, tests use that PostgreSQL server;
 * otherwise a throwaway embedded PostgreSQL is started once for the whole run. Only the integration tests
 * (failsafe sets partytrack.it) need one. The Payara Micro servers that Arquillian starts get its URL through
 * arquillian.xml.
 */
public class TestDatabase implements LauncherSessionListener {

    private static EmbeddedDatabase embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("partytrack.it") || System.getProperty("partytrack.test.db.url") != null) {
            return;
        }
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            try {
                embedded = EmbeddedDatabase.startThrowaway();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
            }
            url = embedded.jdbcUrl();
        }
        System.setProperty("partytrack.test.db.url", url);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                // the temporary directory goes with the JVM anyway
            }
        }
    }

    /** A direct connection, for tests that check what the database holds. */
    public static Connection connect() throws SQLException {
        String user = System.getenv("DB_URL") == null ? EmbeddedDatabase.USER : System.getenv("DB_USER");
        String password = System.getenv("DB_URL") == null ? EmbeddedDatabase.PASSWORD : System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getProperty("partytrack.test.db.url"), user, password);
    }
}
