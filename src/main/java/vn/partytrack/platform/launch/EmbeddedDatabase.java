package vn.partytrack.platform.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The zero-configuration PostgreSQL: an embedded server holding a {@code partytrack} database owned by a
 * {@code partytrack} role (Flyway migrates as it), and the {@code partytrack_web} login the application runs as, a
 * member of {@code partytrack_app} whose rights migration V15 grants. Used by the run command (persistent data
 * directory) and by the tests (throwaway).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    public static final String DATABASE = "partytrack";
    public static final String USER = "partytrack";
    public static final String PASSWORD = "partytrack";
    /** The application's login: reads and writes records, appends to the audit log, owns nothing. */
    public static final String APP_USER = "partytrack_web";
    public static final String APP_PASSWORD = "partytrack_web";
    /** The group role that migration V15 grants the application's rights to. */
    public static final String APP_ROLE = "partytrack_app";

    private final EmbeddedPostgres postgres;
    /** The persistent data directory, or null for a throwaway database. */
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts on the given port (0 picks a free one), keeping data in {@code dataDirectory} across restarts. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        clearLeftover(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .setServerConfig("max_connections", "60")
                // the dashboards' aggregates hash a few hundred thousand rows at national scale: keep them in memory
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("shared_buffers", "256MB")
                // PostgreSQL's durable defaults, which the embedded library turns off for tests: it starts the server
                // with -F (fsync off) and synchronous_commit=off. These -c options come after -F on the command line
                // and win, so an acknowledged commit is on disk before PartyTrack answers, and a power cut cannot tear
                // a page (README, "Where your data lives"; EmbeddedDatabaseTest checks pg_settings)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), dataDirectory);
        database.createApplicationDatabase();
        return database;
    }

    /**
     * A run killed with SIGKILL (or a power cut) leaves {@code postmaster.pid} behind, and its PostgreSQL may even
     * still be running, detached, on the data: PostgreSQL itself then refuses to start ("lock file already exists").
     * Unless a live process holds the directory (the embedded server's {@code epg-lock}), a PostgreSQL still running
     * on it is stopped (fast shutdown: its transactions roll back, committed data stays), and a lock file naming a
     * process that is not PostgreSQL of this directory (a pid reused after a reboot) is removed.
     */
    static void clearLeftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new DataFolderInUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw new DataFolderInUse(dataDirectory);
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            LOG.warning("Removing an unreadable " + pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
        if (process == null) {
            return; // PostgreSQL removes the lock file of a process that is gone
        }
        if (!isPostgresOf(process, dataDirectory)) {
            LOG.warning("Removing a stale " + pidFile + ": process " + pid + " is not its PostgreSQL");
            Files.deleteIfExists(pidFile);
            return;
        }
        LOG.warning("PostgreSQL " + pid + " was left running on " + dataDirectory + " by a run that was killed: stopping it");
        Path pgCtl = process.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl")).orElse(null);
        if (pgCtl != null && Files.isExecutable(pgCtl)) {
            try {
                new ProcessBuilder(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", "60")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: smart shutdown, nobody is connected any more
        }
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL " + pid + " left running on " + dataDirectory + " does not stop", e);
        }
    }

    /**
     * The data folder is held by a PostgreSQL that another live PartyTrack (a run command, a backup or a restore)
     * started: nothing is changed, and the message says so in Vietnamese, then English.
     */
    public static final class DataFolderInUse extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DataFolderInUse(Path dataDirectory) {
            super("Thư mục dữ liệu " + dataDirectory + " đang được một PartyTrack khác sử dụng (lệnh chạy, sao lưu hoặc khôi phục)."
                    + " Dừng nó trước (Ctrl-C), hoặc dùng PARTYTRACK_DATA khác. Dữ liệu không bị thay đổi."
                    + " / The data folder " + dataDirectory + " is in use by another running PartyTrack: stop it first (Ctrl-C)"
                    + " or set another PARTYTRACK_DATA. Nothing was changed.");
        }
    }

    /** True when a live process (a run command, a backup, a restore) holds this data folder's embedded PostgreSQL. */
    public static boolean inUse(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** A postgres process whose working directory (PostgreSQL's is its data directory) is this one. */
    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        if (!process.info().command().map(c -> c.endsWith("/postgres")).orElse(false)) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of("/proc", String.valueOf(process.pid()), "cwd"), dataDirectory);
        } catch (IOException | SecurityException e) {
            return process.info().commandLine().map(c -> c.contains(dataDirectory.toString())).orElse(false);
        }
    }

    /** Starts on a free port in a fresh temporary directory that is removed on close; fast, not durable (tests only). */
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
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, null);
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

    /**
     * Stops PostgreSQL. The library waits 5 s for it; with fsync on, the shutdown checkpoint of a busy persistent
     * database can take longer, so this waits (up to a minute) until the server has really exited: a backup, a restore
     * or the next run may then start on the folder at once.
     */
    @Override
    public void close() throws IOException {
        ProcessHandle postmaster = null;
        if (dataDirectory != null) {
            try {
                postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim())).orElse(null);
            } catch (IOException | RuntimeException e) {
                // already gone
            }
        }
        postgres.close();
        if (postmaster != null) {
            try {
                postmaster.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warning("PostgreSQL " + postmaster.pid() + " on " + dataDirectory + " still stopping after 60 s");
            }
        }
    }
}
