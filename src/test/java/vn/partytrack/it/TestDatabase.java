package vn.partytrack.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database for a test run. With DB_URL set, tests use that PostgreSQL server (it needs the owner
 * {@code partytrack} and the application's login {@code partytrack_web}, as failsafe's DB_OWNER_USER and DB_USER say);
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

    /** A direct connection as the schema's owner, for tests that check what the database holds. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("partytrack.test.db.url"),
                env("DB_OWNER_USER", EmbeddedDatabase.USER), env("DB_OWNER_PASSWORD", EmbeddedDatabase.PASSWORD));
    }

    /** A direct connection with the application's own login and rights. */
    public static Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(System.getProperty("partytrack.test.db.url"),
                env("DB_USER", EmbeddedDatabase.APP_USER), env("DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String fingerprintQuery;

    /**
     * A checksum of what every table holds, row by row in any order, except the login bookkeeping of {@code account}
     * (failed attempts, last sign-in) and Flyway's history: equal before and after a request means the request
     * changed nothing.
     */
    public static synchronized String fingerprint() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (fingerprintQuery == null) {
                StringBuilder q = new StringBuilder();
                try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                        + " AND tablename NOT IN ('account', 'flyway_schema_history') ORDER BY tablename")) {
                    while (r.next()) {
                        q.append(q.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(r.getString(1))
                                .append("' AS t, count(*) || '/' || coalesce(sum(hashtext(x::text)::bigint), 0) AS h FROM ")
                                .append(r.getString(1)).append(" x");
                    }
                }
                fingerprintQuery = "SELECT string_agg(t || ':' || h, ',' ORDER BY t) FROM (" + q + ") all_tables";
            }
            try (ResultSet r = s.executeQuery(fingerprintQuery)) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
