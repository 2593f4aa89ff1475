package vn.partytrack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PartyTrack benchmark harness (not a test): starts PartyTrack on a dataset, signs real users in, and measures
 * throughput and p50/p95/p99 latency of pages and API calls at 1, 16 and 64 concurrent users, each figure also as a
 * ratio to a static page served by the same server at the same concurrency; plus start-up time to the first
 * successful request against a bare Payara Micro with an empty WAR, and the server's RSS after the largest run.
 *
 * <pre>
 * mvn -o -q -DskipTests package
 * mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.Benchmark test-compile exec:java -Dexec.args="--dataset sample"
 * mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.Benchmark test-compile exec:java -Dexec.args="--help"
 * </pre>
 *
 * Results go to {@code target/bench/results-<dataset>-<timestamp>.md}. See {@link BenchmarkOptions#USAGE}.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions o;
        try {
            o = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            throw e;
        }
        if (o.help) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        new Benchmark().run(o);
    }

    private void run(BenchmarkOptions o) throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = Path.of("target").toAbsolutePath();
        o.out = o.out.toAbsolutePath();
        Files.createDirectories(o.out);
        BenchmarkReport report = new BenchmarkReport(o, stamp);
        System.out.println("PartyTrack benchmark, dataset " + o.dataset + "; results will be in " + report.file());

        if (o.start) {
            for (String f : List.of("partytrack.war", "payara-micro.jar")) {
                if (!Files.isRegularFile(target.resolve(f))) {
                    throw new IllegalStateException("missing " + target.resolve(f) + ": build first with mvn -o -q -DskipTests package");
                }
            }
        }
        List<BenchmarkServer> running = new ArrayList<>();
        Thread hook = new Thread(() -> running.forEach(BenchmarkServer::close), "bench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Path freshData = null;
        BenchmarkServer server = null;
        BenchmarkServer lastStarted = null;
        try {
            if (o.start && o.bare) {
                report.bare = bareStartups(o, target, stamp, running, null);
                if (o.bareCds) {
                    // the bare server with an archive of its own, written by a warm-up start and stop, as the launcher does
                    Path archive = o.out.resolve("bench-empty-cds.jsa");
                    Files.deleteIfExists(archive);
                    System.out.println("Warm-up start of the bare Payara Micro (writes its class-data sharing archive) …");
                    bareStartups(o, target, stamp + "-cds-warmup", running, archive, 1);
                    report.bareCds = Files.isRegularFile(archive) ? bareStartups(o, target, stamp + "-cds", running, archive) : null;
                    Files.deleteIfExists(archive);
                }
            }
            if (o.start && o.floor) {
                report.floor = floorStartups(o, target, stamp, running);
            }
            if (o.start) {
                Path data = o.data;
                if (data == null) {
                    data = o.out.resolve("sample-db").resolve(stamp);
                    freshData = data;
                } else if (o.isNational() && !Files.isDirectory(data)) {
                    System.out.println("warning: " + data + " does not exist; PartyTrack will start on an empty database."
                            + " Generate the national dataset first (or pass --data).");
                }
                Path cdsArchive = target.resolve("partytrack-cds.jsa");
                if (o.coldStart) {
                    report.startupMode = "first run: " + (freshData != null ? "fresh database (sample data loaded at start-up)" : "database in " + data)
                            + ", no class-data sharing (PARTYTRACK_CDS=false)";
                } else {
                    boolean hadArchive = Files.isRegularFile(cdsArchive);
                    System.out.println("Warm-up start and stop of PartyTrack (database" + (hadArchive ? "" : ", class-data sharing archive") + ") …");
                    try (BenchmarkServer warm = BenchmarkServer.startPartyTrack(o, target, data.toAbsolutePath(),
                            o.out.resolve("server-" + o.dataset + "-" + stamp + "-warmup.log"), true)) {
                        running.add(warm);
                        Duration d = warm.awaitFirstOk(o.baseUrl + "/login.xhtml", o.startupTimeout);
                        System.out.printf("  warm-up: first 200 after %.1f s%n", d.toMillis() / 1000.0);
                    } finally {
                        running.removeIf(b -> b.name.equals("partytrack"));
                    }
                    report.startupMode = "as the run command usually runs: after a warm-up start and stop on the same data folder"
                            + " (existing database; target/partytrack-cds.jsa " + (hadArchive ? "already there" : "written by the warm-up")
                            + (Files.isRegularFile(cdsArchive) ? ", " + Files.size(cdsArchive) / (1024 * 1024) + " MB, mapped" : ", MISSING")
                            + ")";
                }
                report.dataFolder = data.toAbsolutePath() + (freshData != null ? " (fresh; sample data loaded at its first start-up)" : "");
                for (int run = 1; run <= o.startupRuns; run++) {
                    if (o.coldStart && freshData != null && run > 1) {
                        deleteTree(freshData); // each cold start on a fresh database
                    }
                    System.out.println("Starting PartyTrack (launcher, data in " + data + ") …");
                    server = BenchmarkServer.startPartyTrack(o, target, data.toAbsolutePath(),
                            o.out.resolve("server-" + o.dataset + "-" + stamp + (o.startupRuns > 1 ? "-" + run : "") + ".log"), !o.coldStart);
                    running.add(server);
                    lastStarted = server;
                    BenchmarkReport.Timed startup = launcherStart(server, server.awaitFirstOk(o.baseUrl + "/login.xhtml", o.startupTimeout));
                    report.startups.add(startup);
                    System.out.printf("  first 200 of GET /partytrack/login.xhtml after %.1f s%s%n", startup.firstOk().toMillis() / 1000.0,
                            startup.fromPayaraJvm() == null ? "" : String.format(" (%.1f s after the Payara Micro JVM started)",
                                    startup.fromPayaraJvm().toMillis() / 1000.0));
                    if (run < o.startupRuns || o.startupOnly) {
                        server.close();
                        running.remove(server);
                        server = null;
                    }
                }
            } else {
                report.dataFolder = "(server already running; not started by the benchmark)";
            }
            if (!o.startupOnly) {
                runScenarios(o, report, server);
            }
        } finally {
            if (server != null) {
                System.out.println("Stopping PartyTrack …");
                server.close();
                running.remove(server);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
            if (freshData != null && !o.keepData && lastStarted != null && lastStarted.postmasters().isEmpty()) {
                deleteTree(freshData);
            }
        }
        String markdown = report.markdown();
        System.out.println();
        System.out.println(markdown);
        Files.writeString(report.file(), markdown);
        System.out.println("Written to " + report.file());
    }

    /** The scenarios at each concurrency against the running server; the RSS after the largest. */
    private static void runScenarios(BenchmarkOptions o, BenchmarkReport report, BenchmarkServer server) throws Exception {
        BenchmarkScenarios scenarios = new BenchmarkScenarios(o);
        scenarios.resolve();
        report.scenarios = scenarios;
        System.out.println("  period " + scenarios.period + " (" + scenarios.periodCode + "), committee "
                + (scenarios.committee == null ? "-" : scenarios.committee) + " (" + scenarios.committeeNote + ")"
                + (o.scenarios.contains("dashboard-committee-past") ? ", past period " + (scenarios.pastPeriod == null ? "-"
                        : scenarios.pastPeriod + " (" + scenarios.pastPeriodCode + ")") : ""));
        System.out.println("Signing in " + o.maxConcurrency() + " users of each kind …");
        scenarios.prepareUsers(o.maxConcurrency());

        BenchmarkServer s = server;
        Optional<ProcessHandle> external = o.start ? Optional.empty() : BenchmarkServer.findPayaraOnPort(o.port);
        for (int users : o.concurrency) {
            for (String name : o.scenarios) {
                BenchmarkScenarios.Prepared p = scenarios.prepare(name, users);
                if (p == null) {
                    System.out.printf("  %-20s %3d users: skipped (nothing to run it with)%n", name, users);
                    report.skipped.add(name + " at " + users + " users");
                    continue;
                }
                BenchmarkScenarios.PAGES_KEPT.reset();
                BenchmarkScenarios.PAGES_RENDERED.reset();
                BenchmarkRun.Result r = BenchmarkRun.run(name, p.users(), o.warmup, o.maxWarmup, o.seconds, p.action(),
                        () -> s != null ? s.cpu() : new BenchmarkRun.CpuSample(BenchmarkServer.cpuOf(external.stream()), Map.of()),
                        p.note());
                r = r.withNote(BenchmarkScenarios.keptNote());
                report.add(users, r);
                System.out.println("  " + report.progressLine(users, r));
            }
            if (users == o.maxConcurrency()) {
                Optional<ProcessHandle> payara = s != null ? s.payara() : external;
                payara.ifPresent(h -> {
                    report.rssKb = BenchmarkServer.rssKb(h.pid());
                    report.rssPid = h.pid();
                    report.processes = BenchmarkServer.runCommandMemory(h, o.dbPort);
                });
                report.rssAfterUsers = users;
                Optional<Long> ours = payara.map(ProcessHandle::pid);
                report.otherPayaras = ProcessHandle.allProcesses()
                        .filter(h -> h.info().commandLine().map(c -> c.contains("payara-micro.jar")).orElse(false))
                        .filter(h -> ours.map(pid -> pid != h.pid()).orElse(true)).count();
            }
        }
    }

    /** Starts a bare Payara Micro with an empty WAR {@code o.startupRuns} times, each timed to its first 200 and stopped. */
    private static BenchmarkReport.Starts bareStartups(BenchmarkOptions o, Path target, String stamp, List<BenchmarkServer> running,
            Path cdsArchive) throws IOException, InterruptedException {
        return bareStartups(o, target, stamp, running, cdsArchive, o.startupRuns);
    }

    private static BenchmarkReport.Starts bareStartups(BenchmarkOptions o, Path target, String stamp, List<BenchmarkServer> running,
            Path cdsArchive, int runs) throws IOException, InterruptedException {
        List<BenchmarkReport.Timed> timed = new ArrayList<>();
        long rss = -1;
        for (int run = 1; run <= runs; run++) {
            System.out.println("Starting a bare Payara Micro with an empty WAR (start-up baseline"
                    + (cdsArchive == null ? ", as shipped" : Files.isRegularFile(cdsArchive) ? ", class-data sharing archive mapped" : ", writing a class-data sharing archive at exit") + ") …");
            try (BenchmarkServer bare = BenchmarkServer.startBare(o, target,
                    o.out.resolve("bare-payara-" + stamp + (runs > 1 ? "-" + run : "") + ".log"), cdsArchive)) {
                running.add(bare);
                Duration d = bare.awaitFirstOk("http://127.0.0.1:" + o.barePort + "/bench-empty/index.html", o.startupTimeout);
                Long ready = awaitReadyLine(bare);
                rss = BenchmarkServer.rssKb(bare.process.pid())[0];
                timed.add(new BenchmarkReport.Timed(d, null, ready));
                System.out.printf("  first 200 of GET /bench-empty/index.html after %.1f s%n", d.toMillis() / 1000.0);
            } finally {
                running.removeIf(b -> b.name.equals("bare-payara"));
            }
        }
        return new BenchmarkReport.Starts(timed, rss);
    }

    /**
     * The stack's floor ({@link vn.partytrack.bench.floor}) through the launcher, as PartyTrack is started: a warm-up
     * start and stop (database, class-data sharing archive), then {@code o.startupRuns} timed starts.
     */
    private static BenchmarkReport.Starts floorStartups(BenchmarkOptions o, Path target, String stamp, List<BenchmarkServer> running)
            throws IOException, InterruptedException {
        Path folder = o.out.resolve("floor").toAbsolutePath();
        deleteTree(folder);
        BenchmarkServer.writeFloor(folder, target);
        Path data = folder.resolve("postgres");
        List<BenchmarkReport.Timed> timed = new ArrayList<>();
        long rss = -1;
        try {
            for (int run = 0; run <= o.startupRuns; run++) {
                System.out.println(run == 0 ? "Warm-up start and stop of the stack's floor (database, class-data sharing archive) …"
                        : "Starting the stack's floor (launcher, the smallest application on PartyTrack's stack) …");
                try (BenchmarkServer floor = BenchmarkServer.startPartyTrack(o, folder, data,
                        o.out.resolve("floor-" + stamp + (run == 0 ? "-warmup" : "-" + run) + ".log"), true)) {
                    running.add(floor);
                    Duration d = floor.awaitFirstOk(o.baseUrl + "/login.xhtml", o.startupTimeout);
                    if (run > 0) {
                        timed.add(launcherStart(floor, d));
                        rss = floor.payara().map(h -> BenchmarkServer.rssKb(h.pid())[0]).orElse(-1L);
                    }
                    System.out.printf("  %sfirst 200 of GET /partytrack/login.xhtml after %.1f s%n", run == 0 ? "warm-up: " : "",
                            d.toMillis() / 1000.0);
                } finally {
                    running.removeIf(b -> b.name.equals("partytrack"));
                }
            }
        } finally {
            deleteTree(folder);
        }
        return new BenchmarkReport.Starts(timed, rss);
    }

    /** A start through the launcher, {@code firstOk} after it: also from the Payara Micro JVM's start, and Payara's "ready in". */
    private static BenchmarkReport.Timed launcherStart(BenchmarkServer server, Duration firstOk) throws InterruptedException {
        Duration fromPayara = server.payaraStartedAt().map(at -> Duration.between(at, server.firstOkAt)).orElse(null);
        return new BenchmarkReport.Timed(firstOk, fromPayara, awaitReadyLine(server));
    }

    /** Payara prints its "ready in" line about when it starts answering; give the log pump a moment. */
    private static Long awaitReadyLine(BenchmarkServer server) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(5);
        while (server.payaraReadyMillis == null && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        return server.payaraReadyMillis;
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
