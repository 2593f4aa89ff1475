package vn.partytrack.platform.launch;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Backup and restore of the embedded database without any other tool: the JDBC driver's COPY, in one file.
 * <p>
 * <b>Backup</b> reads every table of the {@code public} schema with {@code COPY … TO STDOUT} inside one read-only
 * REPEATABLE READ transaction (one snapshot: PartyTrack keeps running and the file is consistent), and writes a
 * gzip file: a header (magic line, time, PostgreSQL version, Flyway schema version), then per table its columns, its
 * rows in COPY's text format, its row count and the SHA-256 of those rows, then the sequences and an end line. It is
 * written as {@code <name>.partial}, flushed to disk and only then renamed, so a failure (a full disk, a folder that is
 * not writable) leaves no half file and every earlier backup as it was.
 * <p>
 * <b>Restore</b> first reads the whole file and checks its magic, structure, checksums and end (a truncated or
 * foreign file is refused before anything is touched). It then refuses a data folder in use by a running PartyTrack,
 * creates a fresh database beside the current one, migrates it with the application's own Flyway migrations to the
 * backup's schema version, replaces what the migrations put there by the backup's rows with triggers and foreign keys
 * held off ({@code session_replication_role = replica}: the rows, the append-only audit trail and the trigger-kept
 * roll-ups come back exactly as they were saved, nothing is recomputed or refused), resets the sequences, reads every
 * table back and compares counts and checksums, commits, and only then swaps it in: the current database is kept as
 * {@code partytrack_before_restore} until the next restore.
 */
public final class DatabaseBackup {

    static final String MAGIC = "PARTYTRACK-BACKUP 1";
    public static final String EXTENSION = ".ptbackup";
    static final String RESTORING = "partytrack_restoring";
    public static final String BEFORE_RESTORE = "partytrack_before_restore";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Output settings for both sides: COPY's text of dates, times and numbers depends on them. */
    private static final List<String> SESSION = List.of("SET TimeZone = 'UTC'", "SET DateStyle = 'ISO, YMD'", "SET IntervalStyle = 'postgres'",
            "SET extra_float_digits = 3", "SET bytea_output = 'hex'");

    private DatabaseBackup() {
    }

    /** A backup or restore that cannot be done, for a reason the user can act on: Vietnamese, then English. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String vietnamese, String english) {
            super(vietnamese + " / " + english);
        }

        Failure(String vietnamese, String english, Throwable cause) {
            super(vietnamese + " / " + english, cause);
        }
    }

    /** What a backup file holds, read from it and checked. */
    record Manifest(String created, String postgres, String schema, Map<String, TableEntry> tables, List<String[]> sequences) {
        long rows() {
            return tables.values().stream().mapToLong(TableEntry::rows).sum();
        }
    }

    record TableEntry(String name, String columns, long rows, String sha256) {
    }

    /** How a backup file is opened for writing (a test may hand a stream that fails like a full disk). */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    // ------------------------------------------------------------------------------------------------ backup

    /** A backup of the database at {@code jdbcUrl} (read as its owner) into a new file in {@code folder}. */
    public static Path backup(String jdbcUrl, String user, String password, Path folder) throws Failure {
        return backup(jdbcUrl, user, password, folder, file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    static Path backup(String jdbcUrl, String user, String password, Path folder, Opener opener) throws Failure {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw notWritable(folder, e);
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw notWritable(folder, null);
        }
        String name = "partytrack-" + LocalDateTime.now(ZONE).format(NAME_TIME);
        Path file = folder.resolve(name + EXTENSION);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(name + "-" + i + EXTENSION);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(opener.open(partial), 1 << 16), 1 << 16)) {
                write(jdbcUrl, user, password, out);
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException e) {
                // not every file system syncs a directory; the file itself is on disk
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(partial);
            if (String.valueOf(e.getMessage()).contains("No space left") || String.valueOf(e.getMessage()).contains("Disk quota")) {
                throw new Failure("Ổ đĩa đầy: không ghi được bản sao lưu vào " + folder + ". Hãy giải phóng dung lượng hoặc chọn thư mục khác;"
                        + " các bản sao lưu cũ và dữ liệu không bị thay đổi.",
                        "The disk is full: the backup could not be written to " + folder + ". Free some space or choose another folder;"
                                + " earlier backups and the data are unchanged.", e);
            }
            if (e instanceof AccessDeniedException || e instanceof FileSystemException) {
                throw notWritable(folder, e);
            }
            throw new Failure("Không ghi được bản sao lưu vào " + folder + " (" + e.getMessage() + "); các bản sao lưu cũ không bị thay đổi.",
                    "The backup could not be written to " + folder + " (" + e.getMessage() + "); earlier backups are unchanged.", e);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new Failure("Không đọc được cơ sở dữ liệu để sao lưu (" + e.getMessage() + ").",
                    "The database could not be read for the backup (" + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static Failure notWritable(Path folder, Exception cause) {
        String why = cause == null ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        return new Failure("Không ghi được vào thư mục sao lưu " + folder + why + ": thư mục không tồn tại hoặc không cho phép ghi."
                + " Hãy chọn thư mục khác (PARTYTRACK_BACKUP_DIR); dữ liệu không bị thay đổi.",
                "Cannot write to the backup folder " + folder + why + ": it cannot be created or is not writable."
                        + " Choose another folder (PARTYTRACK_BACKUP_DIR); the data is unchanged.", cause);
    }

    private static void write(String jdbcUrl, String user, String password, OutputStream out) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            session(c);
            Map<String, String> tables = tables(c);
            String schema;
            String server;
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
                    schema = r.next() ? r.getString(1) : "none";
                }
                try (ResultSet r = s.executeQuery("SHOW server_version")) {
                    r.next();
                    server = r.getString(1);
                }
            }
            line(out, MAGIC);
            line(out, "created " + Instant.now());
            line(out, "postgresql " + server.replace(' ', '_'));
            line(out, "schema " + schema);
            line(out, "tables " + tables.size());
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (var table : tables.entrySet()) {
                line(out, "TABLE " + table.getKey() + " " + table.getValue());
                MessageDigest digest = sha256();
                OutputStream digesting = new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        digest.update(b, off, len);
                        out.write(b, off, len);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        digest.update((byte) b);
                        out.write(b);
                    }
                };
                long rows = copy.copyOut("COPY " + table.getKey() + " (" + table.getValue() + ") TO STDOUT", digesting);
                line(out, "\\.");
                line(out, "ROWS " + table.getKey() + " " + rows + " " + HexFormat.of().formatHex(digest.digest()));
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT quote_ident(sequencename), coalesce(last_value, start_value),"
                    + " last_value IS NOT NULL FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")) {
                while (r.next()) {
                    line(out, "SEQUENCE " + r.getString(1) + " " + r.getLong(2) + " " + r.getBoolean(3));
                }
            }
            line(out, "END " + tables.size());
            c.commit();
        }
    }

    /** Every table of the public schema and its columns (generated ones are computed again on restore). */
    private static Map<String, String> tables(Connection c) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT quote_ident(c.relname),"
                + " string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''"
                + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') GROUP BY c.relname ORDER BY c.relname")) {
            while (r.next()) {
                tables.put(r.getString(1), r.getString(2));
            }
        }
        return tables;
    }

    private static void session(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String set : SESSION) {
                s.execute(set);
            }
        }
    }

    /** Keeps the newest {@code keep} backups in the folder and deletes the older ones; returns how many it deleted. */
    public static int prune(Path folder, int keep) throws IOException {
        List<Path> backups = list(folder);
        int deleted = 0;
        for (int i = keep; i < backups.size(); i++) {
            Files.deleteIfExists(backups.get(i));
            deleted++;
        }
        return deleted;
    }

    /** The backups in a folder, newest first (by the time written; two in the same second get a suffix "-2"). */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("partytrack-") && f.getFileName().toString().endsWith(EXTENSION))
                    .sorted(Comparator.comparing(DatabaseBackup::written).reversed()).toList();
        }
    }

    private static FileTime written(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Reads the whole file and checks it: a PartyTrack backup, complete, every table's rows matching its checksum. */
    static Manifest verify(Path file) throws Failure {
        return read(file, null);
    }

    /** One pass over the file; with {@code rows}, every table's rows are handed to it as they are read. */
    private static Manifest read(Path file, TableSink rows) throws Failure {
        if (!Files.isRegularFile(file)) {
            throw new Failure("Không tìm thấy tệp sao lưu " + file + ".", "No backup file " + file + ".");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            if (raw.read() != 0x1f || raw.read() != 0x8b) {
                throw foreign(file);
            }
            raw.reset();
            InputStream in = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            if (!MAGIC.equals(readLine(in))) {
                throw foreign(file);
            }
            String created = value(readLine(in), "created", file);
            String postgres = value(readLine(in), "postgresql", file);
            String schema = value(readLine(in), "schema", file);
            int count = Integer.parseInt(value(readLine(in), "tables", file));
            Map<String, TableEntry> tables = new LinkedHashMap<>();
            List<String[]> sequences = new ArrayList<>();
            for (String line; (line = readLine(in)) != null; ) {
                String[] f = line.split(" ");
                if (f[0].equals("TABLE") && f.length == 3) {
                    MessageDigest digest = sha256();
                    long n = 0;
                    if (rows != null) {
                        rows.begin(f[1], f[2]);
                    }
                    for (byte[] data; ; ) {
                        data = readBytes(in);
                        if (data == null) {
                            throw truncated(file, null);
                        }
                        if (data.length == 3 && data[0] == '\\' && data[1] == '.' && data[2] == '\n') {
                            break;
                        }
                        digest.update(data);
                        n++;
                        if (rows != null) {
                            rows.row(data);
                        }
                    }
                    String[] end = String.valueOf(readLine(in)).split(" ");
                    String sha = HexFormat.of().formatHex(digest.digest());
                    if (end.length != 4 || !end[0].equals("ROWS") || !end[1].equals(f[1])) {
                        throw truncated(file, null);
                    }
                    if (Long.parseLong(end[2]) != n || !end[3].equals(sha)) {
                        throw new Failure("Tệp sao lưu " + file + " bị hỏng: dữ liệu bảng " + f[1] + " không khớp tổng kiểm. Không khôi phục gì.",
                                "The backup file " + file + " is damaged: table " + f[1] + " does not match its checksum. Nothing was restored.");
                    }
                    if (rows != null) {
                        rows.end(f[1]);
                    }
                    tables.put(f[1], new TableEntry(f[1], f[2], n, sha));
                } else if (f[0].equals("SEQUENCE") && f.length == 4) {
                    sequences.add(new String[] {f[1], f[2], f[3]});
                } else if (f[0].equals("END") && f.length == 2) {
                    if (Integer.parseInt(f[1]) != count || tables.size() != count) {
                        throw truncated(file, null);
                    }
                    if (in.read() != -1) {
                        throw foreign(file);
                    }
                    return new Manifest(created, postgres, schema, tables, sequences);
                } else {
                    throw foreign(file);
                }
            }
            throw truncated(file, null);
        } catch (EOFException e) {
            throw truncated(file, e);
        } catch (ZipException | NumberFormatException e) {
            throw new Failure("Tệp " + file + " bị hỏng hoặc không phải bản sao lưu PartyTrack (" + e.getMessage() + "). Không khôi phục gì.",
                    "The file " + file + " is damaged or not a PartyTrack backup (" + e.getMessage() + "). Nothing was restored.", e);
        } catch (IOException e) {
            throw new Failure("Không đọc được tệp sao lưu " + file + " (" + e.getMessage() + ").", "Cannot read the backup file " + file + " (" + e.getMessage() + ").", e);
        } catch (SQLException e) {
            throw new Failure("Khôi phục thất bại khi nạp dữ liệu (" + e.getMessage() + "). Dữ liệu hiện có không bị thay đổi.",
                    "The restore failed while loading the rows (" + e.getMessage() + "). The existing data is unchanged.", e);
        }
    }

    /** Receives the rows of each table as the file is read. */
    private interface TableSink {
        void begin(String table, String columns) throws SQLException;

        void row(byte[] line) throws SQLException;

        void end(String table) throws SQLException;
    }

    private static Failure foreign(Path file) {
        return new Failure("Tệp " + file + " không phải bản sao lưu PartyTrack. Không khôi phục gì; dữ liệu hiện có không bị thay đổi.",
                "The file " + file + " is not a PartyTrack backup. Nothing was restored; the existing data is unchanged.");
    }

    private static Failure truncated(Path file, Exception cause) {
        return new Failure("Tệp sao lưu " + file + " không đầy đủ (bị cắt cụt, có thể do chép dở hoặc ổ đĩa đầy). Không khôi phục gì;"
                + " dữ liệu hiện có không bị thay đổi.",
                "The backup file " + file + " is incomplete (truncated: a copy cut short or a full disk). Nothing was restored;"
                        + " the existing data is unchanged.", cause);
    }

    private static String value(String line, String key, Path file) throws Failure {
        if (line == null || !line.startsWith(key + " ")) {
            throw line == null ? truncated(file, null) : foreign(file);
        }
        return line.substring(key.length() + 1);
    }

    private static String readLine(InputStream in) throws IOException {
        byte[] b = readBytes(in);
        return b == null ? null : new String(b, 0, b.length - 1, StandardCharsets.UTF_8);
    }

    /** One line with its '\n'; null at the end; a last line without '\n' is a truncated file. */
    private static byte[] readBytes(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b; ; ) {
            b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("no end of line");
            }
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
    }

    private static void line(OutputStream out, String s) throws IOException {
        out.write((s + "\n").getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------ restore

    /**
     * Restores a backup into the embedded database of {@code dataDirectory} (created if new), refusing a data folder
     * a running PartyTrack uses. Returns what was restored.
     */
    static Manifest restore(Path dataDirectory, Path file, Consumer<String> progress) throws Failure {
        Manifest manifest = verify(file);
        progress.accept("Tệp hợp lệ / the file checks out: " + manifest.tables().size() + " bảng/tables, " + manifest.rows()
                + " dòng/rows, schema " + manifest.schema() + ", " + manifest.created());
        EmbeddedDatabase database;
        try {
            if (EmbeddedDatabase.inUse(dataDirectory)) {
                throw new EmbeddedDatabase.DataFolderInUse(dataDirectory);
            }
            database = EmbeddedDatabase.start(dataDirectory, 0);
        } catch (EmbeddedDatabase.DataFolderInUse e) {
            throw new Failure("Không khôi phục: thư mục dữ liệu " + dataDirectory + " đang được PartyTrack đang chạy sử dụng. Hãy dừng PartyTrack"
                    + " (Ctrl-C) rồi chạy lại lệnh khôi phục. Dữ liệu hiện có không bị thay đổi.",
                    "Not restored: the data folder " + dataDirectory + " is in use by a running PartyTrack. Stop it (Ctrl-C), then run the"
                            + " restore again. The existing data is unchanged.", e);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new Failure("Không khởi động được cơ sở dữ liệu trong " + dataDirectory + " (" + e.getMessage() + ").",
                    "Cannot start the database in " + dataDirectory + " (" + e.getMessage() + ").", e);
        }
        String server = "jdbc:postgresql://localhost:" + database.port() + "/";
        try (database) {
            try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", ""); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + RESTORING);
                s.execute("CREATE DATABASE " + RESTORING + " OWNER " + EmbeddedDatabase.USER
                        + " ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
            }
            boolean swapped = false;
            try {
                var flyway = Flyway.configure(DatabaseBackup.class.getClassLoader())
                        .dataSource(server + RESTORING, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
                        .locations("classpath:db/migration", "classpath:db/sample");
                if (!manifest.schema().equals("none")) {
                    flyway.target(manifest.schema());
                }
                var migrated = flyway.load();
                migrated.migrate();
                var current = migrated.info().current();
                String reached = current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
                if (!reached.equals(manifest.schema())) {
                    throw new Failure("Bản sao lưu có lược đồ phiên bản " + manifest.schema() + ", PartyTrack này chỉ đến " + reached
                            + ": hãy dùng PartyTrack mới hơn. Dữ liệu hiện có không bị thay đổi.",
                            "The backup's schema version " + manifest.schema() + " is not one this PartyTrack reaches (" + reached
                                    + "): use a newer PartyTrack. The existing data is unchanged.");
                }
                progress.accept("Lược đồ đã tạo / schema created (Flyway " + manifest.schema() + ")");
                load(server + RESTORING, file, manifest);
                progress.accept("Dữ liệu đã nạp và kiểm tra / rows loaded and checked (counts and SHA-256 of every table)");
                try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", ""); Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + BEFORE_RESTORE);
                    boolean exists;
                    try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + EmbeddedDatabase.DATABASE + "'")) {
                        exists = r.next();
                    }
                    // both renames in one transaction: a crash between them cannot leave the folder without a partytrack
                    admin.setAutoCommit(false);
                    if (exists) {
                        s.execute("ALTER DATABASE " + EmbeddedDatabase.DATABASE + " RENAME TO " + BEFORE_RESTORE);
                    }
                    s.execute("ALTER DATABASE " + RESTORING + " RENAME TO " + EmbeddedDatabase.DATABASE);
                    admin.commit();
                    swapped = true;
                }
            } finally {
                if (!swapped) {
                    try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", ""); Statement s = admin.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + RESTORING + " WITH (FORCE)");
                    } catch (SQLException e) {
                        progress.accept("(could not drop " + RESTORING + ": " + e.getMessage() + ")");
                    }
                }
            }
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            if (e.getCause() instanceof Failure f) {
                throw f;
            }
            throw new Failure("Khôi phục thất bại (" + e.getMessage() + "). Dữ liệu hiện có không bị thay đổi.",
                    "The restore failed (" + e.getMessage() + "). The existing data is unchanged.", e);
        }
    }

    /** The backup's rows into the freshly migrated database, in one transaction, checked before it commits. */
    private static void load(String url, Path file, Manifest manifest) throws SQLException, IOException, Failure {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(false);
            session(c);
            Map<String, String> present = tables(c);
            if (!present.keySet().equals(manifest.tables().keySet())) {
                List<String> missing = new ArrayList<>(manifest.tables().keySet());
                missing.removeAll(present.keySet());
                List<String> extra = new ArrayList<>(present.keySet());
                extra.removeAll(manifest.tables().keySet());
                throw new Failure("Bản sao lưu không khớp lược đồ của PartyTrack này (thiếu bảng " + missing + ", thừa " + extra + "). Không khôi phục gì.",
                        "The backup does not match this PartyTrack's schema (tables missing " + missing + ", extra " + extra + "). Nothing was restored.");
            }
            try (Statement s = c.createStatement()) {
                // triggers (the audit trail's append-only guard, the roll-ups) and foreign-key checks stay off while the
                // saved rows, already consistent in one snapshot, are put back exactly
                s.execute("SET session_replication_role = replica");
                s.execute("TRUNCATE " + String.join(", ", present.keySet()));
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            read(file, new TableSink() {
                private CopyIn in;
                private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);

                @Override
                public void begin(String table, String columns) throws SQLException {
                    in = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
                }

                @Override
                public void row(byte[] line) throws SQLException {
                    buffer.writeBytes(line);
                    if (buffer.size() >= 1 << 16) {
                        flush();
                    }
                }

                private void flush() throws SQLException {
                    in.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }

                @Override
                public void end(String table) throws SQLException {
                    flush();
                    in.endCopy();
                }
            });
            try (Statement s = c.createStatement()) {
                for (String[] sequence : manifest.sequences()) {
                    try (PreparedStatement p = c.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                        p.setString(1, sequence[0]);
                        p.setLong(2, Long.parseLong(sequence[1]));
                        p.setBoolean(3, Boolean.parseBoolean(sequence[2]));
                        p.execute();
                    }
                }
                s.execute("SET session_replication_role = origin");
            }
            // read every table back: the same rows, byte for byte, as the backup holds
            for (TableEntry table : manifest.tables().values()) {
                MessageDigest digest = sha256();
                long n = copy.copyOut("COPY " + table.name() + " (" + table.columns() + ") TO STDOUT", new OutputStream() {
                    @Override
                    public void write(int b) {
                        digest.update((byte) b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        digest.update(b, off, len);
                    }
                });
                if (n != table.rows() || !HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
                    throw new Failure("Kiểm tra sau khi nạp thất bại ở bảng " + table.name() + ". Không khôi phục gì; dữ liệu hiện có không bị thay đổi.",
                            "The check after loading failed for table " + table.name() + ". Nothing was restored; the existing data is unchanged.");
                }
            }
            c.commit();
        }
    }

    // ------------------------------------------------------------------------------------------------ commands

    /** Where the run command keeps its embedded database: PARTYTRACK_DATA, else ~/.partytrack/postgres. */
    public static Path dataDirectory() {
        return path(env("PARTYTRACK_DATA", System.getProperty("user.home") + "/.partytrack/postgres"));
    }

    /** Where backups go: PARTYTRACK_BACKUP_DIR, else ~/.partytrack/backups. */
    public static Path backupDirectory() {
        return path(env("PARTYTRACK_BACKUP_DIR", System.getProperty("user.home") + "/.partytrack/backups"));
    }

    /** A path as typed; a leading ~ (not expanded by the shell inside -Dexec.args="…") is the home folder. */
    static Path path(String typed) {
        return Path.of(typed.equals("~") || typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * The run command's {@code backup [folder]} and {@code restore <file>}: prints what it did, or why it could not,
     * in Vietnamese and English without a stack trace; returns the exit status.
     */
    static int command(String[] args) {
        try {
            if (!env("DB_URL", "").isEmpty()) {
                throw new Failure("Lệnh này dành cho cơ sở dữ liệu nhúng; với máy chủ PostgreSQL riêng (DB_URL) hãy dùng pg_dump / pg_restore (README).",
                        "This command is for the embedded database; with your own PostgreSQL server (DB_URL) use pg_dump / pg_restore (README).");
            }
            Path data = dataDirectory();
            switch (args[0]) {
                case "backup" -> {
                    Path folder = args.length > 1 ? path(args[1]) : backupDirectory();
                    long t = System.nanoTime();
                    Path file = backupDataFolder(data, folder);
                    Manifest m = verify(file);
                    System.out.println("✔ Đã sao lưu / backup written: " + file.toAbsolutePath() + " (" + m.tables().size() + " bảng/tables, "
                            + m.rows() + " dòng/rows, " + Files.size(file) / 1024 + " KiB, " + (System.nanoTime() - t) / 1_000_000 + " ms)");
                }
                case "restore" -> {
                    if (args.length < 2) {
                        throw new Failure("Thiếu tệp: restore <tệp sao lưu>. Các bản sao lưu trong " + backupDirectory() + ": " + list(backupDirectory()),
                                "Missing file: restore <backup file>.");
                    }
                    long t = System.nanoTime();
                    Manifest m = restore(data, path(args[1]), s -> System.out.println("  " + s));
                    System.out.println("✔ Đã khôi phục / restored " + args[1] + " into " + data + " (" + m.tables().size() + " bảng/tables, " + m.rows()
                            + " dòng/rows, " + (System.nanoTime() - t) / 1_000_000 + " ms). Cơ sở dữ liệu trước đó được giữ tên " + BEFORE_RESTORE
                            + " đến lần khôi phục sau / the previous database is kept as " + BEFORE_RESTORE + " until the next restore.");
                }
                default -> throw new Failure("Lệnh không rõ: " + args[0] + ". Dùng: backup [thư mục] | restore <tệp>.",
                        "Unknown command: " + args[0] + ". Use: backup [folder] | restore <file>.");
            }
            return 0;
        } catch (Failure e) {
            System.out.println("✘ " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.out.println("✘ " + e);
            return 1;
        }
    }

    /**
     * A backup of the embedded database in {@code data}: through the running PostgreSQL when the run command uses it
     * (its port is in postmaster.pid), otherwise by starting it for the time of the backup.
     */
    static Path backupDataFolder(Path data, Path folder) throws Failure, IOException {
        if (!Files.isDirectory(data)) {
            throw new Failure("Chưa có dữ liệu trong " + data + " (PARTYTRACK_DATA): không có gì để sao lưu.", "No data in " + data + " (PARTYTRACK_DATA): nothing to back up.");
        }
        if (EmbeddedDatabase.inUse(data)) {
            List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"));
            String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/" + EmbeddedDatabase.DATABASE;
            return backup(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, folder);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
            return backup(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, folder);
        } catch (SQLException e) {
            throw new Failure("Không khởi động được cơ sở dữ liệu trong " + data + " (" + e.getMessage() + ").",
                    "Cannot start the database in " + data + " (" + e.getMessage() + ").", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
