package vn.partytrack.platform.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The zero-configuration PostgreSQL: an embedded server holding a {@code partytrack} database owned by a
 * {@code partytrack} role (Flyway migrates as it), and the {@code partytrack_web} login the application runs as, a
 * member of {@code partytrack_app} whose rights migration V15 grants. Used by the run command (persistent data
 * directory) and by the tests (throwaway).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "partytrack";
    public static final String USER = "partytrack";
    public static final String PASSWORD = "partytrack";
    /** The application's login: reads and writes records, appends to the audit log, owns nothing. */
    public static final String APP_USER = "partytrack_web";
    public static final String APP_PASSWORD = "partytrack_web";
    /** The group role that migration V15 grants the application's rights to. */
    public static final String APP_ROLE = "partytrack_app";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on the given port (0 picks a free one), keeping data in {@code dataDirectory} across restarts. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .setServerConfig("max_connections", "60")
                // the dashboards' aggregates hash a few hundred thousand rows at national scale: keep them in memory
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("shared_buffers", "256MB");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createApplicationDatabase();
        return database;
    }

    /** Starts on a free port in a fresh temporary directory that is removed on close. */
    public static EmbeddedDatabase startThrowaway() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .setServerConfig("max_connections", "60")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createApplicationDatabase();
        return database;
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + APP_ROLE + " NOLOGIN");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_USER + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + APP_PASSWORD + "' IN ROLE " + APP_ROLE);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER
                            + " ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
                }
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
