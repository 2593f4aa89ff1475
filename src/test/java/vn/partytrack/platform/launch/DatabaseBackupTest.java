package vn.partytrack.platform.launch;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run command's embedded database: durable settings, and backup and restore without any other tool, on the
 * sample data in a persistent data folder (as the run command keeps it), with the faults the README promises to meet:
 * a restore over a running database, a truncated or foreign file, a folder that is not writable, a full disk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseBackupTest {

    @TempDir
    static Path temp;
    private Path data;
    private Path backups;
    private EmbeddedDatabase database;
    private Path backup;
    private Map<String, String> atBackup;

    @BeforeAll
    void sampleDatabaseAndOneBackup() throws Exception {
        data = temp.resolve("postgres");
        backups = temp.resolve("backups");
        database = EmbeddedDatabase.start(data, 0);
        Flyway.configure(getClass().getClassLoader()).dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
                .locations("classpath:db/migration", "classpath:db/sample").load().migrate();
        backup = DatabaseBackup.backup(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, backups);
        atBackup = fingerprint(database.jdbcUrl());
    }

    @AfterAll
    void stop() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void thePersistentDatabaseKeepsPostgresDurableDefaults() throws Exception {
        try (Connection c = owner(database.jdbcUrl()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name")) {
            Map<String, String> settings = new LinkedHashMap<>();
            while (r.next()) {
                settings.put(r.getString(1), r.getString(2));
            }
            assertThat(settings).containsExactly(Map.entry("fsync", "on"), Map.entry("full_page_writes", "on"), Map.entry("synchronous_commit", "on"));
        }
    }

    @Test
    @Order(2)
    void aBackupHoldsEveryTableWithItsCountAndChecksum() throws Exception {
        DatabaseBackup.Manifest manifest = DatabaseBackup.verify(backup);
        assertThat(manifest.tables().keySet()).contains("audit_entry", "report", "organisation", "flyway_schema_history");
        assertThat(manifest.tables()).hasSize((int) atBackup.keySet().stream().filter(k -> k.startsWith("table ")).count());
        for (var table : manifest.tables().values()) {
            assertThat(table.rows()).as(table.name()).isEqualTo(Long.parseLong(atBackup.get("table " + table.name()).split(" ")[0]));
        }
        assertThat(manifest.schema()).isEqualTo(latestMigration());
    }

    @Test
    @Order(3)
    void aRestoreOverTheRunningDatabaseIsRefused() {
        assertThatThrownBy(() -> DatabaseBackup.restore(data, backup, s -> { }))
                .isInstanceOf(DatabaseBackup.Failure.class)
                .hasMessageContaining("đang được PartyTrack đang chạy sử dụng").hasMessageContaining("in use by a running PartyTrack");
    }

    @Test
    @Order(4)
    void aFolderThatCannotBeWrittenIsNamedAndNothingIsLeft() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
        Path target = notAFolder.resolve("backups");
        assertThatThrownBy(() -> DatabaseBackup.backup(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, target))
                .isInstanceOf(DatabaseBackup.Failure.class)
                .hasMessageContaining("Không ghi được vào thư mục sao lưu " + target).hasMessageContaining("Cannot write to the backup folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    @Order(5)
    void aFullDiskLeavesNoHalfFileAndTheEarlierBackups() throws Exception {
        List<Path> before = DatabaseBackup.list(backups);
        assertThatThrownBy(() -> DatabaseBackup.backup(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, backups,
                file -> new FullAfter(Files.newOutputStream(file), 20_000)))
                .isInstanceOf(DatabaseBackup.Failure.class).hasMessageContaining("Ổ đĩa đầy").hasMessageContaining("The disk is full");
        try (var files = Files.list(backups)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(before);
        }
        DatabaseBackup.verify(backup);
    }

    @Test
    @Order(6)
    void theCommandBacksUpTheRunningDatabaseAndTheOldestBeyondTheCountGo() throws Exception {
        Path folder = temp.resolve("rotation");
        for (int i = 0; i < 3; i++) {
            DatabaseBackup.backupDataFolder(data, folder);
        }
        List<Path> all = DatabaseBackup.list(folder);
        assertThat(all).hasSize(3);
        assertThat(DatabaseBackup.prune(folder, 2)).isEqualTo(1);
        assertThat(DatabaseBackup.list(folder)).containsExactly(all.get(0), all.get(1));
    }

    @Test
    @Order(6)
    void theNightlyBackupKeepsItsCountAndCatchesUpOnlyWhenADayWasMissed() throws Exception {
        Path folder = temp.resolve("nightly");
        NightlyBackup nightly = new NightlyBackup(database.jdbcUrl(), folder, 2);
        nightly.catchUp(); // no backup yet: one now
        assertThat(DatabaseBackup.list(folder)).hasSize(1);
        nightly.catchUp(); // the newest is minutes old: nothing
        assertThat(DatabaseBackup.list(folder)).hasSize(1);
        nightly.run();
        nightly.run();
        List<Path> kept = DatabaseBackup.list(folder);
        assertThat(kept).hasSize(2);
        assertThat(Files.getLastModifiedTime(kept.get(0))).isGreaterThan(Files.getLastModifiedTime(kept.get(1)));
        // a failing night (the folder became a file) is logged, and the server keeps running
        NightlyBackup broken = new NightlyBackup(database.jdbcUrl(), Files.writeString(temp.resolve("not-a-folder"), "x"), 2);
        broken.run();
    }

    @Test
    @Order(7)
    void aTruncatedOrForeignFileIsRefusedAndNothingChanges() throws Exception {
        changeSomething();
        Map<String, String> changed = fingerprint(database.jdbcUrl());
        database.close();
        database = null;

        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(temp.resolve("truncated" + DatabaseBackup.EXTENSION), Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> DatabaseBackup.restore(data, truncated, s -> { }))
                .isInstanceOf(DatabaseBackup.Failure.class).hasMessageContaining("không đầy đủ").hasMessageContaining("incomplete");
        Path foreign = Files.writeString(temp.resolve("notes.txt"), "Biên bản họp chi bộ\n");
        assertThatThrownBy(() -> DatabaseBackup.restore(data, foreign, s -> { }))
                .isInstanceOf(DatabaseBackup.Failure.class).hasMessageContaining("không phải bản sao lưu PartyTrack").hasMessageContaining("not a PartyTrack backup");
        Path gzipped = temp.resolve("other.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("PGDMP something else\n".getBytes());
        }
        assertThatThrownBy(() -> DatabaseBackup.restore(data, gzipped, s -> { }))
                .isInstanceOf(DatabaseBackup.Failure.class).hasMessageContaining("not a PartyTrack backup");

        database = EmbeddedDatabase.start(data, 0);
        assertThat(fingerprint(database.jdbcUrl())).isEqualTo(changed);
    }

    @Test
    @Order(8)
    void aRestoreBringsBackEveryTableAndSequenceExactly() throws Exception {
        database.close();
        database = null;
        List<String> said = new ArrayList<>();
        DatabaseBackup.restore(data, backup, said::add);
        database = EmbeddedDatabase.start(data, 0);
        Map<String, String> restored = fingerprint(database.jdbcUrl());
        assertThat(restored).isEqualTo(atBackup);
        // the triggers are back in force: the audit trail is append-only again
        try (Connection c = owner(database.jdbcUrl()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_entry")).hasMessageContaining("append-only");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + DatabaseBackup.BEFORE_RESTORE + "'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    private void changeSomething() throws SQLException {
        try (Connection c = owner(database.jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE organisation SET name = name || ' (đổi)' WHERE id = (SELECT min(id) FROM organisation)");
            s.executeUpdate("DELETE FROM report_text WHERE ctid = (SELECT min(ctid) FROM report_text)");
        }
    }

    private static Connection owner(String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    /** Every table's row count and md5 of its rows in a fixed order, and every sequence. */
    static Map<String, String> fingerprint(String url) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = owner(url); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            s.execute("SET DateStyle = 'ISO, YMD'");
            s.execute("SET extra_float_digits = 3");
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(h, '' ORDER BY h COLLATE \"C\")), '-')"
                        + " FROM (SELECT md5(t::text) AS h FROM " + table + " t) x")) {
                    r.next();
                    result.put("table " + table, r.getString(1) + " " + r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")) {
                while (r.next()) {
                    result.put("sequence " + r.getString(1), r.getString(2));
                }
            }
        }
        return result;
    }

    /** A file on a disk that fills up after so many bytes. */
    private static final class FullAfter extends OutputStream {
        private final OutputStream out;
        private long room;

        FullAfter(OutputStream out, long room) {
            this.out = out;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The newest migration's version in db/migration: the schema a backup of a fresh database records. */
    /** The latest migration the database reached: the schema's and the sample's share one sequence of versions. */
    private static String latestMigration() throws java.io.IOException {
        try (var files = java.util.stream.Stream.concat(java.nio.file.Files.list(java.nio.file.Path.of("db/migration")),
                java.nio.file.Files.list(java.nio.file.Path.of("db/sample")))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare).orElseThrow().toString();
        }
    }
}
