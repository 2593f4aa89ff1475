package vn.partytrack.bench;

import org.flywaydb.core.Flyway;
import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Proves a backup round trip with the README's commands: {@code pg_dump --format=custom} of the PartyTrack database,
 * {@code pg_restore} into a fresh database, then every table's row count and checksum (md5 over its rows' text,
 * in a fixed order and with fixed output settings), every sequence, and the count of indexes, constraints, triggers,
 * functions and views compared between the two. Prints the table and exits 1 on any difference.
 * <p>
 * Source: with {@code DB_URL} and {@code DB_OWNER_USER}/{@code DB_OWNER_PASSWORD} (else {@code DB_USER}/{@code DB_PASSWORD}) that database (only read); otherwise a throwaway
 * embedded PostgreSQL 17 migrated with the sample data. The restore always goes to a throwaway embedded PostgreSQL.
 * <p>
 * pg_dump must be of the server's major version or newer, and Debian 12 only has 15: the check takes the first of
 * {@code PARTYTRACK_PG_BIN}, {@code PATH}, {@code /usr/lib/postgresql/<major>/bin} whose version fits, and otherwise
 * unpacks Debian 13's {@code postgresql-client-17} (with the C library and libpq it was built for, run through that
 * library's own loader, nothing installed system-wide) into {@code ~/.partytrack/tools/postgresql-17}, verified
 * against the signed Debian release file.
 * <p>
 * {@code mvn -Pbench -Dbench.main=vn.partytrack.bench.BackupCheck test-compile exec:java} (after
 * {@code mvn -DskipTests package} or {@code compile}); {@code -Dexec.args=--tamper} changes one figure in the restore
 * first, to see the check fail.
 */
public final class BackupCheck {

    private static final String DEBIAN = "http://deb.debian.org/debian/";
    private static final String DEBIAN_SUITE = "trixie";
    private static final List<String> DEBIAN_PACKAGES = List.of("libc6", "libpq5", "postgresql-client-17", "libldap2");
    private static final String KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg";
    /** Output settings for both sides, so a row's text depends on its values only. */
    private static final String SESSION = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';"
            + " SET extra_float_digits = 3; SET bytea_output = 'hex'";

    private final Path target = Path.of("target").toAbsolutePath();
    private final Path work = target.resolve("backup");
    private final List<EmbeddedDatabase> started = new ArrayList<>();
    /** --tamper: change one value in the restore before comparing, to see the check catch it. */
    private boolean tamper;

    public static void main(String[] args) throws Exception {
        BackupCheck check = new BackupCheck();
        check.tamper = List.of(args).contains("--tamper");
        long t = System.nanoTime();
        boolean same;
        try {
            same = check.run();
        } finally {
            for (EmbeddedDatabase db : check.started) {
                db.close();
            }
        }
        say("whole round trip, servers included: " + millis(t) + " ms");
        System.out.println(same ? "BACKUP CHECK PASSED" : "BACKUP CHECK FAILED");
        System.exit(same ? 0 : 1);
    }

    private record Source(String jdbcUrl, String user, String password) {
    }

    private boolean run() throws Exception {
        Benchmark.deleteTree(work);
        Files.createDirectories(work);
        long t = System.nanoTime();
        Source source;
        EmbeddedDatabase restoreServer;
        if (System.getenv("DB_URL") != null && !System.getenv("DB_URL").isBlank()) {
            // the owner reads every table (the application's login may not read Flyway's history in full)
            boolean owner = System.getenv("DB_OWNER_USER") != null;
            source = new Source(System.getenv("DB_URL"), System.getenv(owner ? "DB_OWNER_USER" : "DB_USER"),
                    System.getenv(owner ? "DB_OWNER_PASSWORD" : "DB_PASSWORD"));
            say("source: " + source.jdbcUrl() + " as " + source.user() + " (only read)");
            restoreServer = embedded();
        } else {
            restoreServer = embedded();
            source = new Source(restoreServer.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
            Flyway.configure(getClass().getClassLoader()).dataSource(source.jdbcUrl(), source.user(), source.password())
                    .locations("classpath:db/migration", "classpath:db/sample").load().migrate();
            say("source: a throwaway embedded PostgreSQL migrated with the sample data (" + millis(t) + " ms)");
        }
        int major;
        try (Connection c = DriverManager.getConnection(source.jdbcUrl(), source.user(), source.password());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version_num")) {
            r.next();
            major = Integer.parseInt(r.getString(1)) / 10000;
        }
        Tools tools = Tools.find(major);
        say("pg_dump / pg_restore: " + tools.describe());

        Path dump = work.resolve("partytrack.dump");
        Map<String, String> from = libpq(source);
        t = System.nanoTime();
        tools.run("pg_dump", from, "--format=custom", "--compress=6", "--file=" + dump, "--no-password");
        long dumpMillis = millis(t);
        say("pg_dump --format=custom: " + Files.size(dump) / 1024 + " KiB in " + dumpMillis + " ms → " + target.getParent().relativize(dump));

        String fresh = "partytrack_restore";
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + restoreServer.port() + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + fresh + " OWNER " + EmbeddedDatabase.USER
                    + " ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
        }
        Source restored = new Source("jdbc:postgresql://localhost:" + restoreServer.port() + "/" + fresh, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        t = System.nanoTime();
        tools.run("pg_restore", libpq(restored), "--dbname=" + fresh, "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction",
                "--no-password", dump.toString());
        long restoreMillis = millis(t);
        say("pg_restore into the fresh database " + fresh + " in " + restoreMillis + " ms");

        if (tamper) {
            try (Connection c = DriverManager.getConnection(restored.jdbcUrl(), restored.user(), restored.password()); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE report_value SET number_value = number_value + 1 WHERE ctid = (SELECT min(ctid) FROM report_value)");
            }
            say("--tamper: one figure of the restore changed by 1");
        }
        t = System.nanoTime();
        Map<String, String[]> a = fingerprint(source);
        Map<String, String[]> b = fingerprint(restored);
        long compareMillis = millis(t);
        boolean same = a.keySet().equals(b.keySet());
        long rows = 0;
        int tables = 0;
        System.out.println();
        System.out.printf("%-44s %12s %12s  %-32s %s%n", "table / object", "source", "restored", "md5 of the rows (source)", "");
        for (String key : a.keySet()) {
            String[] x = a.get(key);
            String[] y = b.getOrDefault(key, new String[] {"missing", "missing"});
            boolean equal = x[0].equals(y[0]) && x[1].equals(y[1]);
            same &= equal;
            if (key.startsWith("table ")) {
                tables++;
                rows += Long.parseLong(x[0]);
            }
            System.out.printf("%-44s %12s %12s  %-32s %s%n", key, x[0], y[0], x[1], equal ? "same" : "DIFFERENT (" + y[1] + ")");
        }
        for (String key : b.keySet()) {
            if (!a.containsKey(key)) {
                System.out.printf("%-44s %12s %12s  %s%n", key, "missing", b.get(key)[0], "ONLY IN THE RESTORE");
            }
        }
        System.out.println();
        say(tables + " tables, " + rows + " rows; dump " + dumpMillis + " ms, restore " + restoreMillis + " ms, comparison "
                + compareMillis + " ms; " + (same ? "source and restore are identical" : "THEY DIFFER"));
        return same;
    }

    private EmbeddedDatabase embedded() throws IOException, SQLException {
        EmbeddedDatabase db = EmbeddedDatabase.startThrowaway();
        started.add(db);
        return db;
    }

    /** Row count and checksum of every table, sequence values, and counts of the schema's other objects. */
    private static Map<String, String[]> fingerprint(Source source) throws SQLException {
        Map<String, String[]> result = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(source.jdbcUrl(), source.user(), source.password()); Statement s = c.createStatement()) {
            for (String set : SESSION.split(";")) {
                s.execute(set);
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                    + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(h, '' ORDER BY h COLLATE \"C\")), '-')"
                        + " FROM (SELECT md5(t::text) AS h FROM " + table + " t) x")) {
                    r.next();
                    result.put("table " + table.replace("public.", ""), new String[] {r.getString(1), r.getString(2)});
                }
            }
            List<String> sequences = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) FROM pg_sequences ORDER BY 1")) {
                while (r.next()) {
                    sequences.add(r.getString(1));
                }
            }
            for (String sequence : sequences) {
                try (ResultSet r = s.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
                    r.next();
                    result.put("sequence " + sequence.replace("public.", ""), new String[] {r.getString(1), "called " + r.getBoolean(2)});
                }
            }
            Map<String, String> objects = new LinkedHashMap<>();
            String user = "(SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg_toast%')";
            objects.put("indexes", "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace IN " + user);
            objects.put("constraints", "SELECT count(*) FROM pg_constraint WHERE connamespace IN " + user);
            objects.put("triggers", "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace IN " + user);
            objects.put("functions", "SELECT count(*) FROM pg_proc p WHERE p.pronamespace IN " + user
                    + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')");
            objects.put("views", "SELECT count(*) FROM pg_class WHERE relkind IN ('v', 'm') AND relnamespace IN " + user);
            objects.put("extensions", "SELECT count(*) FROM pg_extension");
            for (var o : objects.entrySet()) {
                try (ResultSet r = s.executeQuery(o.getValue())) {
                    r.next();
                    result.put("schema: " + o.getKey(), new String[] {r.getString(1), "-"});
                }
            }
        }
        return result;
    }

    /** libpq's environment for a JDBC URL of the form jdbc:postgresql://host:port/database. */
    private static Map<String, String> libpq(Source source) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*").matcher(source.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL: " + source.jdbcUrl());
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", m.group(1));
        env.put("PGPORT", m.group(2) == null ? "5432" : m.group(2));
        env.put("PGDATABASE", m.group(3));
        env.put("PGUSER", source.user());
        env.put("PGPASSWORD", source.password() == null ? "" : source.password());
        return env;
    }

    /** pg_dump and pg_restore of a given major version: where they are and how to run them. */
    record Tools(Path bin, Path loader, String libraryPath, String version) {

        static Tools find(int major) throws IOException, InterruptedException {
            List<Path> candidates = new ArrayList<>();
            Optional.ofNullable(System.getenv("PARTYTRACK_PG_BIN")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir));
                }
            }
            candidates.add(Path.of("/usr/lib/postgresql/" + major + "/bin"));
            for (Path dir : candidates) {
                if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))) {
                    Tools tools = new Tools(dir, null, null, null).withVersion();
                    if (tools.major() >= major) {
                        return tools;
                    }
                }
            }
            if (major != 17) {
                throw new IOException("No pg_dump " + major + " found: install PostgreSQL " + major + "'s client tools and set PARTYTRACK_PG_BIN");
            }
            Path home = Path.of(System.getProperty("user.home"), ".partytrack", "tools", "postgresql-" + major);
            Tools tools = unpacked(home);
            if (!Files.isExecutable(tools.bin().resolve("pg_dump"))) {
                fetch(home);
            }
            return tools.withVersion();
        }

        private static Tools unpacked(Path home) {
            return new Tools(home.resolve("usr/lib/postgresql/17/bin"), home.resolve("usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"),
                    home.resolve("usr/lib/x86_64-linux-gnu") + ":/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu", null);
        }

        /**
         * Debian 13's postgresql-client-17 with the libc6, libpq5 and libldap2 it was built against, each .deb checked
         * against the SHA-256 in the Packages index, itself checked against the release file signed by Debian.
         */
        private static void fetch(Path home) throws IOException, InterruptedException {
            say("fetching PostgreSQL 17's client tools from Debian " + DEBIAN_SUITE + " into " + home + " (once)");
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
            Path download = Files.createDirectories(home.resolveSibling("download-" + DEBIAN_SUITE));
            Path release = download.resolve("InRelease");
            get(http, DEBIAN + "dists/" + DEBIAN_SUITE + "/InRelease", release);
            Process gpgv = new ProcessBuilder("gpgv", "--keyring", KEYRING, release.toString()).redirectErrorStream(true).start();
            String verdict = new String(gpgv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (gpgv.waitFor() != 0) {
                throw new IOException("Debian's release file does not verify with " + KEYRING + ": " + verdict);
            }
            Matcher indexHash = Pattern.compile("(?m)^ ([0-9a-f]{64}) +\\d+ main/binary-amd64/Packages\\.gz$").matcher(Files.readString(release));
            if (!indexHash.find()) {
                throw new IOException("no SHA-256 of main/binary-amd64/Packages.gz in Debian's release file");
            }
            Path index = download.resolve("Packages.gz");
            get(http, DEBIAN + "dists/" + DEBIAN_SUITE + "/main/binary-amd64/Packages.gz", index);
            requireSha256(index, indexHash.group(1));
            String packages;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(index))) {
                packages = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path staging = home.resolveSibling(home.getFileName() + ".partial");
            Benchmark.deleteTree(staging);
            Files.createDirectories(staging);
            for (String name : DEBIAN_PACKAGES) {
                Matcher stanza = Pattern.compile("(?ms)^Package: " + Pattern.quote(name) + "\\n.*?^Filename: (\\S+)\\n.*?^SHA256: ([0-9a-f]{64})\\n").matcher(packages);
                if (!stanza.find()) {
                    throw new IOException("Debian " + DEBIAN_SUITE + " has no package " + name);
                }
                Path deb = download.resolve(Path.of(stanza.group(1)).getFileName());
                get(http, DEBIAN + stanza.group(1), deb);
                requireSha256(deb, stanza.group(2));
                Process unpack = new ProcessBuilder("dpkg-deb", "-x", deb.toString(), staging.toString()).inheritIO().start();
                if (unpack.waitFor() != 0) {
                    throw new IOException("dpkg-deb -x " + deb + " failed");
                }
                say("  " + deb.getFileName() + " (SHA-256 checked)");
            }
            Benchmark.deleteTree(home);
            Files.move(staging, home);
            Benchmark.deleteTree(download);
        }

        private static void get(HttpClient http, String url, Path to) throws IOException, InterruptedException {
            HttpResponse<Path> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofFile(to));
            if (r.statusCode() != 200) {
                throw new IOException("GET " + url + " answered " + r.statusCode());
            }
        }

        private static void requireSha256(Path file, String expected) throws IOException {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
                String actual = HexFormat.of().formatHex(sha.digest());
                if (!actual.equals(expected)) {
                    throw new IOException(file.getFileName() + ": SHA-256 " + actual + ", expected " + expected);
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> command(String tool) {
            return loader == null ? new ArrayList<>(List.of(bin.resolve(tool).toString()))
                    : new ArrayList<>(List.of(loader.toString(), "--library-path", libraryPath, bin.resolve(tool).toString()));
        }

        Tools withVersion() throws IOException, InterruptedException {
            List<String> command = command("pg_dump");
            command.add("--version");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return new Tools(bin, loader, libraryPath, p.waitFor() == 0 ? out : "unusable: " + out);
        }

        int major() {
            Matcher m = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(version == null ? "" : version);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }

        String describe() {
            return version + " in " + bin + (loader == null ? "" : " (through Debian 13's own loader and C library)");
        }

        void run(String tool, Map<String, String> env, String... args) throws IOException, InterruptedException {
            List<String> command = command(tool);
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IOException(tool + " failed: " + out);
            }
            if (!out.isEmpty()) {
                System.out.println(out);
            }
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void say(String s) {
        System.out.println("• " + s);
    }
}
