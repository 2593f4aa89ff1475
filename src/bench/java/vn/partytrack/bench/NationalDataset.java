package vn.partytrack.bench;

import org.flywaydb.core.Flyway;
import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Generates a national-scale PartyTrack dataset and loads it into PostgreSQL with COPY, in a few minutes.
 *
 * <pre>
 * mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.NationalDataset test-compile exec:java [-Dexec.args="--replace"]
 * </pre>
 *
 * <p><b>Where.</b> With {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} set, into that database. Otherwise into
 * an embedded PostgreSQL ({@link EmbeddedDatabase}) with its data in {@code PARTYTRACK_DATA} (default
 * {@code ~/.partytrack/national}) on port {@code PARTYTRACK_DB_PORT} (default 54330), stopped at the end. To run
 * PartyTrack on it afterwards: {@code PARTYTRACK_DATA=~/.partytrack/national PARTYTRACK_DB_PORT=54330} with the README's
 * run command (without sample data).
 *
 * <p><b>Schema.</b> Flyway from {@code filesystem:db/migration} only (no {@code db/sample}), configured as the application
 * does ({@code vn.partytrack.platform.DatabaseMigration}). A database that already holds organisations (or periods,
 * terms, directives, accounts) is refused unless {@code --replace} is given, which TRUNCATEs the generated tables
 * (RESTART IDENTITY CASCADE) and reloads them.
 *
 * <p><b>What.</b> Deterministic for a seed: 63 provincial committees ({@code NAT-P01}…, type TINH_UY), 700 district-level
 * committees ({@code NAT-P01-C01}…, CAP_TREN_CO_SO), 52,000 grassroots organisations ({@code NAT-P01-C01-U00001}…,
 * about 30% DANG_BO_CO_SO, four blocs, all sectors) with about 5.3 million members; {@code NAT-P01-C01} has exactly 700
 * units, 33 of them in the HCSN bloc. Ten reporting periods 2021-H1 … 2025-YEAR (the last open) with a report per unit
 * and period in every state (about 4% of the units have none in the open period), their events, 16 figures each (a
 * draft only its 5 prefilled ones), difficulties and proposals in about 10% of them; the 2020–2025 congress of every
 * unit stage by stage; five directives assigned to every unit with implementations, sessions, models and events; five
 * years of ratings of every unit ({@link NationalRatings}); accounts {@code nat-staff} (STAFF, TO_CHUC), {@code nat-lanhdao}
 * (LEADER) and {@code nat-bithu-00001} … {@code nat-bithu-00200} (secretaries of the first 200 units of
 * {@code NAT-P01-C01}), all with the sample password PartyTrack@2020. Organisation paths are filled by the schema's
 * trigger (row triggers fire on COPY). The registry has a history ({@link NationalHistory}): every unit a version
 * from before the first period and one from 2023-07-01 (members reviewed), and a tenth of the grassroots units (not
 * those of {@code NAT-P01-C01}) a third from 2024-01-01 under a neighbouring committee, so that every period's
 * figures, which count the units as they stood at its cut-off, find the units. Afterwards every bigserial sequence is
 * set past its table's largest id and the database is ANALYZEd; a summary gives counts, members, timings and the ids a
 * benchmark needs.
 *
 * <p><b>Options.</b> {@code --replace}; {@code --seed=N}; {@code --jobs=1|2} (parallel COPY connections, default 2);
 * {@code --no-verify} (skip the consistency queries of {@link NationalCheck} at the end); {@code --check-only} (load
 * nothing, print the summary and run the checks); {@code --ratings-only} (migrate and rewrite only the ratings of a
 * dataset loaded before them); for a quick trial at a smaller scale
 * {@code --units=N --committees=N --provinces=N --members=N}.
 */
public final class NationalDataset {

    static final long DEFAULT_SEED = 20251130L;

    /** Every table the dataset writes, in the order they are counted in the summary. */
    static final List<String> TABLES = List.of("organisation", "organisation_version", "registry_decision", "account",
            "reporting_period", "report", "report_value", "report_event", "report_item", "congress_term", "congress", "congress_stage_record", "congress_stage_event",
            "directive", "directive_assignment", "directive_implementation", "dissemination_session", "directive_model",
            "directive_implementation_event", "rating", "officer_committee", "officer_post", "candidate");

    /** What --replace empties: the generated tables and everything that hangs off them. */
    private static final String TRUNCATE = "TRUNCATE organisation, account, notification, reporting_period, report, report_value, "
            + "report_text, report_item, report_event, congress_term, congress, congress_stage_record, congress_stage_event, "
            + "directive, directive_assignment, directive_implementation, dissemination_session, directive_model, "
            + "directive_implementation_event, review_meeting, review_meeting_board, review_meeting_unit, meeting_task, "
            + "task_assignment, synthesis_report, rating, rating_event, rating_evidence, rating_deadline, officer_committee, officer_post "
            + "RESTART IDENTITY CASCADE";

    private NationalDataset() {
    }

    /** The triggers that keep the dashboard summaries (V14), as table.trigger. */
    static final List<String> SUMMARY_TRIGGERS = List.of("report.report_rollup_changed", "report.report_rollup_deleted",
            "report_value.figure_rollup_changed", "congress_stage_record.congress_stage_record_changed",
            "dissemination_session.dissemination_session_changed", "directive_assignment.assignment_rollup_added",
            "directive_assignment.assignment_rollup_deleted", "directive_implementation.implementation_rollup_changed");

    /**
     * V17's triggers that write a version of every organisation row inserted or changed, dated today: off during the
     * load, which writes the registry's history itself ({@link NationalHistory}).
     */
    static final List<String> VERSION_TRIGGERS = List.of("organisation.organisation_versioned_added",
            "organisation.organisation_versioned_changed");

    /**
     * V25's triggers that move the figures stamp at each commit: off during the load (millions of rows would each
     * queue a deferred event), the stamp moved once at the end.
     */
    static final List<String> FIGURES_TRIGGERS = java.util.stream.Stream.of("report", "figure_rollup", "report_rollup",
            "directive_rollup", "reporting_period", "organisation", "organisation_version", "organisation_type", "bloc", "sector",
            "board", "congress_term", "congress_stage", "congress", "congress_stage_record", "directive", "directive_assignment",
            "directive_implementation", "dissemination_session", "review_meeting", "meeting_task", "task_assignment",
            "officer_committee", "officer_post", "candidate", "rating", "rating_rule_set").map(t -> t + ".figures_changed").toList();

    /** ALTER TABLE … ENABLE or DISABLE TRIGGER for each table.trigger. */
    static void triggers(Connection c, List<String> triggers, boolean enable) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String trigger : triggers) {
                s.execute("ALTER TABLE " + trigger.split("\\.")[0] + (enable ? " ENABLE" : " DISABLE") + " TRIGGER " + trigger.split("\\.")[1]);
            }
        }
    }

    /** Applies db/migration (not db/sample) as vn.partytrack.platform.DatabaseMigration does, from the files. */
    static String migrate(String url, String user, String password) {
        Path migrations = Path.of("db", "migration").toAbsolutePath();
        if (!Files.isDirectory(migrations)) {
            throw new IllegalStateException(migrations + " not found: run from the project directory");
        }
        Flyway flyway = Flyway.configure(NationalDataset.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("filesystem:" + migrations)
                .ignoreMigrationPatterns("*:missing")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        var current = flyway.info().current();
        return "Schema at version " + (current == null ? "none" : current.getVersion()) + " (" + applied + " migrations applied now)";
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.help) {
            System.out.println("""
                    NationalDataset: generate and load the national PartyTrack dataset with COPY.
                      mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.NationalDataset test-compile exec:java -Dexec.args="[options]"
                    Database: DB_URL/DB_USER/DB_PASSWORD, else embedded PostgreSQL in $PARTYTRACK_DATA (~/.partytrack/national)
                              on port $PARTYTRACK_DB_PORT (54330), stopped at the end.
                    Options:  --replace       truncate the generated tables of a loaded database and reload
                              --seed=N        random seed (default %d)
                              --jobs=1|2      parallel COPY connections (default 2)
                              --no-verify     skip the consistency queries at the end
                              --check-only    load nothing: print the summary and run the consistency queries
                              --ratings-only  migrate, then (re)write only the five years of ratings of a loaded dataset
                              --units=N --committees=N --provinces=N --members=N   scale (defaults 52000, 700, 63, 5300000)
                    """.formatted(DEFAULT_SEED));
            return;
        }
        new Run(options).run();
    }

    /** A random stream for one entity of one kind: the same seed, kind and index give the same numbers, in any order. */
    static SplittableRandom random(long seed, int kind, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + (kind + 1) * 0xBF58476D1CE4E5B9L + (index + 1) * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    record Options(boolean help, boolean replace, boolean verify, boolean checkOnly, boolean ratingsOnly, long seed, int jobs,
                   int provinces, int committees, int units, long members) {

        static Options parse(String[] args) {
            boolean help = false, replace = false, verify = true, checkOnly = false, ratingsOnly = false;
            long seed = DEFAULT_SEED, members = 5_300_000;
            int jobs = 2, provinces = 63, committees = 700, units = 52_000;
            for (String a : args) {
                for (String arg : a.trim().split("\\s+")) {
                    if (arg.isEmpty()) {
                        continue;
                    }
                    String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                    switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                        case "--help", "-h" -> help = true;
                        case "--replace" -> replace = true;
                        case "--no-verify" -> verify = false;
                        case "--check-only" -> checkOnly = true;
                        case "--ratings-only" -> ratingsOnly = true;
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--jobs" -> jobs = Math.max(1, Math.min(2, Integer.parseInt(value)));
                        case "--provinces" -> provinces = Integer.parseInt(value);
                        case "--committees" -> committees = Integer.parseInt(value);
                        case "--units" -> units = Integer.parseInt(value);
                        case "--members" -> members = Long.parseLong(value);
                        default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
                    }
                }
            }
            return new Options(help, replace, verify, checkOnly, ratingsOnly, seed, jobs, provinces, committees, units, members);
        }
    }

    /** Ids of the reference rows the migrations insert, by code. */
    static final class Reference {
        private final Map<String, Long> ids = new HashMap<>();

        static Reference load(Connection c) throws SQLException {
            Reference ref = new Reference();
            for (String table : List.of("organisation_type", "bloc", "sector", "board")) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, id FROM " + table)) {
                    while (r.next()) {
                        ref.ids.put(table + ":" + r.getString(1), r.getLong(2));
                    }
                }
            }
            return ref;
        }

        private long id(String table, String code) {
            Long id = ids.get(table + ":" + code);
            if (id == null) {
                throw new IllegalStateException("reference data missing: " + table + " " + code + " (are the migrations applied?)");
            }
            return id;
        }

        long type(String code) { return id("organisation_type", code); }
        long bloc(String code) { return id("bloc", code); }
        long sector(String code) { return id("sector", code); }
        long board(String code) { return id("board", code); }
    }

    private static final class Run {
        private final Options options;
        private final Map<String, Double> phases = new LinkedHashMap<>();
        private final Map<String, String> loads = new LinkedHashMap<>();
        private final long started = System.nanoTime();
        private long phaseStarted = started;
        private String url, user, password;

        Run(Options options) {
            this.options = options;
        }

        void run() throws Exception {
            EmbeddedDatabase embedded = null;
            try {
                String dbUrl = System.getenv("DB_URL");
                if (dbUrl != null && !dbUrl.isBlank()) {
                    url = dbUrl;
                    user = System.getenv("DB_USER");
                    password = System.getenv("DB_PASSWORD");
                    log("Database: " + url + " (DB_URL)");
                } else {
                    Path data = Path.of(env("PARTYTRACK_DATA", System.getProperty("user.home") + "/.partytrack/national"));
                    int port = Integer.parseInt(env("PARTYTRACK_DB_PORT", "54330"));
                    log("Database: embedded PostgreSQL in " + data + " on port " + port);
                    embedded = EmbeddedDatabase.start(data, port);
                    url = embedded.jdbcUrl();
                    user = EmbeddedDatabase.USER;
                    password = EmbeddedDatabase.PASSWORD;
                }
                phase("start database");
                load();
            } finally {
                if (embedded != null) {
                    embedded.close();
                    log("Embedded PostgreSQL stopped.");
                }
            }
        }

        private void load() throws Exception {
            if (options.checkOnly) {
                try (Connection c = connect()) {
                    List<String> checks = NationalCheck.run(c);
                    phase("verify");
                    summary(c, checks);
                }
                return;
            }

            log(migrate(url, user, password));
            phase("schema (Flyway, db/migration)");

            if (options.ratingsOnly) {
                // a dataset loaded before the ratings existed: add them without reloading the rest
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("TRUNCATE rating, rating_event, rating_evidence RESTART IDENTITY");
                    phase("truncate ratings");
                    triggers(c, FIGURES_TRIGGERS, false);
                    log(NationalRatings.write(c, options.seed));
                    triggers(c, FIGURES_TRIGGERS, true);
                    phase("ratings (INSERT … SELECT)");
                    s.execute("ANALYZE rating");
                    s.execute("UPDATE figures_stamp SET stamp = stamp + 1");
                    phase("ANALYZE rating");
                    summary(c, List.of());
                }
                return;
            }

            try (Connection c = connect()) {
                Map<String, Long> existing = new LinkedHashMap<>();
                for (String t : List.of("organisation", "reporting_period", "congress_term", "directive", "account")) {
                    long n = count(c, t);
                    if (n > 0) {
                        existing.put(t, n);
                    }
                }
                if (!existing.isEmpty()) {
                    if (!options.replace) {
                        String message = "The database already holds data " + existing + "; refusing to load the national "
                                + "dataset over it. Run again with --replace (-Dexec.args=\"--replace\") to TRUNCATE the "
                                + "generated tables and reload them.";
                        System.err.println(message);
                        throw new IllegalStateException(message);
                    }
                    log("--replace: truncating " + existing + " …");
                    try (Statement s = c.createStatement()) {
                        s.execute(TRUNCATE);
                    }
                    phase("truncate (--replace)");
                }
                Reference ref = Reference.load(c);

                NationalRegistry registry = new NationalRegistry(options.seed, options.provinces, options.committees, options.units,
                        options.members, nextId(c, "organisation"));
                NationalReports reports = new NationalReports(options.seed, registry, nextId(c, "reporting_period"), nextId(c, "report"));
                NationalCongresses congresses = new NationalCongresses(options.seed, registry, nextId(c, "congress_term"),
                        nextId(c, "congress"), nextId(c, "congress_stage_record"));
                NationalDirectives directives = new NationalDirectives(options.seed, registry, nextId(c, "directive"),
                        nextId(c, "directive_implementation"));
                log(String.format(Locale.ROOT, "Planned %,d organisations, %,d members, %,d reports, %,d congresses, %,d implementations",
                        registry.provinces + registry.committees + registry.units, registry.totalMembers(), reports.reports,
                        registry.units, directives.implementations));
                phase("plan in memory");

                triggers(c, FIGURES_TRIGGERS, false);
                // the registry's versions are written from the periods' dates after the COPY, not dated today row by row
                triggers(c, VERSION_TRIGGERS, false);
                copy(c, "organisation", NationalRegistry.ORGANISATION_COLUMNS, rows -> registry.writeProvinces(rows, ref), "organisation (provinces)");
                copy(c, "organisation", NationalRegistry.ORGANISATION_COLUMNS, rows -> registry.writeCommittees(rows, ref), "organisation (committees)");
                copy(c, "organisation", NationalRegistry.ORGANISATION_COLUMNS, rows -> registry.writeUnits(rows, ref), "organisation (grassroots)");
                copy(c, "account", NationalRegistry.ACCOUNT_COLUMNS, rows -> registry.writeAccounts(rows, ref), "account");
                copy(c, "reporting_period", NationalReports.PERIOD_COLUMNS, reports::writePeriods, "reporting_period");
                copy(c, "congress_term", NationalCongresses.TERM_COLUMNS, congresses::writeTerm, "congress_term");
                copy(c, "directive", NationalDirectives.DIRECTIVE_COLUMNS, rows -> directives.writeDirectives(rows, ref), "directive");
                phase("registry, periods, accounts");
                log(NationalHistory.write(c, registry.committeeId[0]));
                triggers(c, VERSION_TRIGGERS, true);
                phase("registry history (organisation_version)");

                // the dashboard summaries are rebuilt once at the end rather than row by row during COPY
                triggers(c, SUMMARY_TRIGGERS, false);
                // two lanes on two connections; report_event waits for the reports to be committed
                CompletableFuture<Void> reportsLoaded = new CompletableFuture<>();
                List<Task> laneA = List.of(
                        new Task("report", NationalReports.REPORT_COLUMNS, reports::writeReports),
                        new Task("report_value", NationalReports.VALUE_COLUMNS, rows -> reports.writeValues(rows, 0, 6), "report_value (2021-H1 … 2023-YEAR)"),
                        new Task("report_item", NationalReports.ITEM_COLUMNS, rows -> reports.writeItems(rows, ref)));
                List<Task> laneB = List.of(
                        new Task("congress", NationalCongresses.CONGRESS_COLUMNS, congresses::writeCongresses),
                        new Task("congress_stage_record", NationalCongresses.RECORD_COLUMNS, congresses::writeRecords),
                        new Task("congress_stage_event", NationalCongresses.EVENT_COLUMNS, congresses::writeEvents),
                        new Task("directive_assignment", NationalDirectives.ASSIGNMENT_COLUMNS, directives::writeAssignments),
                        new Task("directive_implementation", NationalDirectives.IMPLEMENTATION_COLUMNS, directives::writeImplementations),
                        new Task("dissemination_session", NationalDirectives.SESSION_COLUMNS, directives::writeSessions),
                        new Task("directive_model", NationalDirectives.MODEL_COLUMNS, directives::writeModels),
                        new Task("directive_implementation_event", NationalDirectives.EVENT_COLUMNS, directives::writeEvents),
                        new Task("report_event", NationalReports.EVENT_COLUMNS, reports::writeEvents, reportsLoaded),
                        new Task("report_value", NationalReports.VALUE_COLUMNS, rows -> reports.writeValues(rows, 6, NationalReports.PERIODS),
                                "report_value (2024-H1 … 2025-YEAR)"));
                if (options.jobs > 1) {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> lane(laneA, reportsLoaded), pool);
                        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> lane(laneB, null), pool);
                        CompletableFuture.allOf(a, b).join();
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof Exception ex ? ex : e;
                    } finally {
                        pool.shutdownNow();
                    }
                } else {
                    lane(laneA, reportsLoaded);
                    lane(laneB, null);
                }
                phase("bulk load (COPY, " + options.jobs + " connection" + (options.jobs > 1 ? "s" : "") + ")");

                triggers(c, SUMMARY_TRIGGERS, true);
                // after the history: the roll-ups file each report under its unit as it stood at the period's cut-off
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT summaries_rebuild()");
                }
                phase("dashboard summaries (summaries_rebuild)");
                log(NationalOfficers.write(c));
                phase("officers by term (issue 21)");
                log(NationalCandidates.write(c, NationalCandidates.planned(registry.units), options.seed));
                phase("admission pipeline (candidate)");
                log(NationalRatings.write(c, options.seed));
                phase("ratings (INSERT … SELECT)");
                triggers(c, FIGURES_TRIGGERS, true);
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE figures_stamp SET stamp = stamp + 1");
                }

                int sequences = resetSequences(c);
                log("Reset " + sequences + " sequences");
                phase("sequences");
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM (ANALYZE)");
                }
                phase("VACUUM (ANALYZE)");

                List<String> checks = options.verify ? NationalCheck.run(c) : List.of();
                if (options.verify) {
                    phase("verify");
                }
                summary(c, checks);
            }
        }

        private record Task(String table, String columns, NationalRows.Body body, CompletableFuture<Void> after, String label) {
            Task(String table, String columns, NationalRows.Body body) {
                this(table, columns, body, null, table);
            }

            Task(String table, String columns, NationalRows.Body body, String label) {
                this(table, columns, body, null, label);
            }

            Task(String table, String columns, NationalRows.Body body, CompletableFuture<Void> after) {
                this(table, columns, body, after, table);
            }
        }

        private void lane(List<Task> tasks, CompletableFuture<Void> reportsLoaded) {
            try (Connection c = connect()) {
                for (Task t : tasks) {
                    if (t.after != null) {
                        t.after.join();
                    }
                    copy(c, t.table, t.columns, t.body, t.label);
                    if (reportsLoaded != null && t.table.equals("report")) {
                        reportsLoaded.complete(null);
                    }
                }
            } catch (SQLException e) {
                if (reportsLoaded != null) {
                    reportsLoaded.completeExceptionally(e);
                }
                throw new CompletionException(e);
            } catch (RuntimeException e) {
                if (reportsLoaded != null) {
                    reportsLoaded.completeExceptionally(e);
                }
                throw e;
            }
        }

        private void copy(Connection c, String table, String columns, NationalRows.Body body, String label) throws SQLException {
            long t0 = System.nanoTime();
            long rows = NationalRows.copy(c, table, columns, body);
            double seconds = (System.nanoTime() - t0) / 1e9;
            synchronized (loads) {
                loads.put(label, String.format(Locale.ROOT, "%,12d rows %7.1f s %,10.0f rows/s", rows, seconds, rows / Math.max(seconds, 1e-3)));
            }
            log(String.format(Locale.ROOT, "  %-32s %,12d rows in %6.1f s", label, rows, seconds));
        }

        private Connection connect() throws SQLException {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            p.setProperty("ApplicationName", "NationalDataset");
            Connection c = DriverManager.getConnection(url, p);
            try (Statement s = c.createStatement()) {
                // a lost last commit costs nothing here: the load is rerun as a whole
                s.execute("SET synchronous_commit = off");
            }
            return c;
        }

        private int resetSequences(Connection c) throws SQLException {
            List<String[]> serials = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name)
                    FROM information_schema.columns c
                    WHERE c.table_schema = current_schema() AND c.column_default LIKE 'nextval(%'
                    ORDER BY c.table_name""")) {
                while (r.next()) {
                    if (r.getString(3) != null) {
                        serials.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String[] t : serials) {
                    s.execute("SELECT setval('" + t[2] + "', COALESCE(max(" + t[1] + "), 1), max(" + t[1] + ") IS NOT NULL) FROM " + t[0]);
                }
            }
            return serials.size();
        }

        private void summary(Connection c, List<String> checks) throws SQLException {
            StringBuilder out = new StringBuilder("\n==== National dataset: summary" + (options.checkOnly ? "" : " (seed " + options.seed + ")")
                    + " ====\n");
            out.append("Rows per table:\n");
            for (String t : TABLES) {
                out.append(String.format(Locale.ROOT, "  %-32s %,12d%n", t, count(c, t)));
            }
            if (!loads.isEmpty()) {
                out.append("COPY per table:\n");
                loads.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-36s %s%n", k, v)));
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT count(*), COALESCE(sum(o.members_total), 0), COALESCE(sum(o.members_full), 0),
                           COALESCE(sum(o.members_probationary), 0), count(*) FILTER (WHERE t.code = 'DANG_BO_CO_SO')
                    FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE t.grassroots AND o.code LIKE 'NAT-%'""")) {
                r.next();
                out.append(String.format(Locale.ROOT, "Grassroots units: %,d (%,d DANG_BO_CO_SO); members %,d (full %,d, probationary %,d)%n",
                        r.getLong(1), r.getLong(5), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
            String latest = "2025-YEAR";
            out.append("Reports in ").append(latest).append(':');
            try (var s = c.prepareStatement("""
                    SELECT x.status, count(r.id) FROM unnest(ARRAY['DRAFT','SUBMITTED','RETURNED','RESUBMITTED','ACCEPTED','LOCKED']) WITH ORDINALITY x(status, n)
                    LEFT JOIN report r ON r.status = x.status AND r.period_id = (SELECT id FROM reporting_period WHERE code = ?)
                    GROUP BY x.status, x.n ORDER BY x.n""")) {
                s.setString(1, latest);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.append(' ').append(r.getString(1)).append(' ').append(r.getLong(2));
                    }
                }
            }
            out.append(", none ").append(scalar(c, """
                    SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                    WHERE NOT EXISTS (SELECT 1 FROM report r JOIN reporting_period p ON p.id = r.period_id
                                      WHERE r.organisation_id = o.id AND p.code = '2025-YEAR')""")).append('\n');
            out.append(String.format(Locale.ROOT, "Congresses held: %,d of %,d%n",
                    scalar(c, "SELECT count(*) FROM congress WHERE held_from IS NOT NULL"), count(c, "congress")));
            out.append("For the benchmark:\n");
            out.append(String.format(Locale.ROOT, "  NAT-P01-C01 (the 700-unit committee): id %d, %d grassroots units, %d in bloc HCSN%n",
                    idOf(c, "organisation", "code", "NAT-P01-C01"), countUnder(c, "NAT-P01-C01", null), countUnder(c, "NAT-P01-C01", "HCSN")));
            out.append(String.format(Locale.ROOT, "  NAT-P01 (%s): id %d, %,d grassroots units%n",
                    text(c, "SELECT name FROM organisation WHERE code = 'NAT-P01'"), idOf(c, "organisation", "code", "NAT-P01"),
                    countUnder(c, "NAT-P01", null)));
            out.append(String.format(Locale.ROOT, "  latest period %s: id %d (open); 2025-H1: id %d; 2023-YEAR: id %d (cut-off before"
                            + " the transfers of %s: dashboard-committee-past)%n", latest,
                    idOf(c, "reporting_period", "code", latest), idOf(c, "reporting_period", "code", "2025-H1"),
                    idOf(c, "reporting_period", "code", "2023-YEAR"), NationalHistory.TRANSFERRED));
            out.append(String.format(Locale.ROOT, "  congress term 2020-2025: id %d%n", idOf(c, "congress_term", "code", "2020-2025")));
            out.append("  accounts (password PartyTrack@2020): nat-staff (STAFF, TO_CHUC), nat-lanhdao (LEADER), nat-bithu-00001 … nat-bithu-")
                    .append(String.format("%05d", NationalRegistry.SECRETARY_ACCOUNTS))
                    .append(" (secretaries of units NAT-P01-C01-U00001 … U00200)\n");
            if (!checks.isEmpty()) {
                out.append("Checks:\n");
                checks.forEach(line -> out.append("  ").append(line).append('\n'));
            }
            out.append("Elapsed seconds per phase:\n");
            phases.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-40s %7.1f%n", k, v)));
            out.append(String.format(Locale.ROOT, "  %-40s %7.1f%n", "TOTAL", (System.nanoTime() - started) / 1e9));
            System.out.print(out);
        }

        private void phase(String name) {
            long now = System.nanoTime();
            phases.put(name, (now - phaseStarted) / 1e9);
            phaseStarted = now;
            log(String.format(Locale.ROOT, "[%s] done in %.1f s", name, phases.get(name)));
        }

        private void log(String message) {
            synchronized (System.out) {
                System.out.printf(Locale.ROOT, "%7.1f s  %s%n", (System.nanoTime() - started) / 1e9, message);
                System.out.flush();
            }
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(max(id), 0) + 1 FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long idOf(Connection c, String table, String column, String code) throws SQLException {
        try (var s = c.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    /** Grassroots units under a committee (by its path), optionally of one bloc. */
    private static long countUnder(Connection c, String code, String bloc) throws SQLException {
        try (var s = c.prepareStatement("""
                SELECT count(*) FROM organisation o
                JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                LEFT JOIN bloc b ON b.id = o.bloc_id
                WHERE o.path LIKE (SELECT path FROM organisation WHERE code = ?) || '%' AND (? IS NULL OR b.code = ?)""")) {
            s.setString(1, code);
            s.setString(2, bloc);
            s.setString(3, bloc);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
