package vn.partytrack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures and writes them as Markdown: machine, command, start-up, memory, the results table. */
final class BenchmarkReport {

    /** One timed start: to the first 200, the same from the Payara Micro JVM's start (launcher only), Payara's "ready in". */
    record Timed(Duration firstOk, Duration fromPayaraJvm, Long payaraReadyMillis) {
    }

    /** A reference server's timed starts (the bare Payara Micro, the stack's floor), and its RSS when it first answered (the last run). */
    record Starts(List<Timed> runs, long rssKb) {
    }

    private final BenchmarkOptions o;
    private final String stamp;
    private final ZonedDateTime startedAt = ZonedDateTime.now();
    private final String loadAtStart = loadAverage();
    /** Payara Micro JVMs of other people on the machine, seen during the runs. */
    long otherPayaras = -1;
    /** Results by concurrency, in run order. */
    private final Map<Integer, List<BenchmarkRun.Result>> results = new LinkedHashMap<>();
    final List<String> skipped = new ArrayList<>();
    Starts bare;
    /** The bare server with a class-data sharing archive of its own (null: not measured). */
    Starts bareCds;
    /** The stack's floor through the launcher, as PartyTrack (null: not measured). */
    Starts floor;
    /** PartyTrack's timed starts through the launcher, and how they were made. */
    final List<Timed> startups = new ArrayList<>();
    String startupMode;
    long[] rssKb;
    long rssPid;
    int rssAfterUsers;
    /** Every process of the run command after the largest run (the server, its launcher, PostgreSQL). */
    List<BenchmarkServer.ProcessMemory> processes = List.of();
    String dataFolder;
    BenchmarkScenarios scenarios;

    BenchmarkReport(BenchmarkOptions o, String stamp) {
        this.o = o;
        this.stamp = stamp;
    }

    Path file() {
        return o.out.resolve("results-" + o.dataset + "-" + stamp + ".md");
    }

    void add(int users, BenchmarkRun.Result r) {
        results.computeIfAbsent(users, k -> new ArrayList<>()).add(r);
    }

    private BenchmarkRun.Result baseline(int users) {
        return results.getOrDefault(users, List.of()).stream().filter(r -> r.scenario().equals("baseline")).findFirst().orElse(null);
    }

    String progressLine(int users, BenchmarkRun.Result r) {
        BenchmarkRun.Result b = baseline(users);
        return String.format(Locale.ROOT, "%-20s %3d users: %8.1f req/s  p50 %s  p95 %s  p99 %s ms  errors %d%s%s",
                r.scenario(), r.users(), r.throughput(), ms(r.percentileMs(50)), ms(r.percentileMs(95)), ms(r.percentileMs(99)),
                r.errors(), b == null || b == r ? "" : String.format(Locale.ROOT, "  (p50 = %s× baseline)", ratio(r.percentileMs(50), b.percentileMs(50))),
                (r.note().isEmpty() ? "" : "  [" + r.note() + "]") + (r.errorSamples().isEmpty() ? "" : "  e.g. " + r.errorSamples().get(0)));
    }

    String markdown() {
        StringBuilder m = new StringBuilder();
        m.append("# PartyTrack benchmark: ").append(o.dataset).append(" dataset, ")
                .append(startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z"))).append("\n\n");

        m.append("## Machine\n\n");
        m.append("- CPU: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available to the JVM\n");
        m.append("- Memory: ").append(memTotal()).append('\n');
        m.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" (").append(System.getProperty("os.arch")).append(")\n");
        m.append("- Java: ").append(System.getProperty("java.runtime.version", System.getProperty("java.version"))).append(", ")
                .append(System.getProperty("java.vm.name")).append(", ").append(System.getProperty("java.vendor")).append('\n');
        m.append("- Payara Micro JVM options (as the launcher sets them): ").append(String.join(" ", BenchmarkServer.PAYARA_JVM_OPTIONS)).append('\n');
        m.append("- Load average (1, 5, 15 min) at the start: ").append(loadAtStart).append("; at the end: ").append(loadAverage()).append('\n');
        if (otherPayaras > 0) {
            m.append("- **").append(otherPayaras).append(" other Payara Micro JVM(s) were running on the machine during the runs**")
                    .append(" (not started by the benchmark): the figures include their interference\n");
        }
        m.append("- The load generator runs on the same machine and shares its CPUs with the server and PostgreSQL.\n\n");

        m.append("## Run\n\n");
        m.append("- Command: `").append(o.mavenCommand()).append("`\n");
        m.append("- JVM command: `").append(System.getProperty("sun.java.command", "?").replace("`", "'")).append("`\n");
        m.append("- Arguments: `").append(o.raw.isEmpty() ? "(none)" : String.join(" ", o.raw)).append("`\n");
        m.append("- Server: ").append(o.baseUrl).append(o.start ? " (started by the benchmark)" : " (already running)").append('\n');
        m.append("- Data: ").append(dataFolder).append('\n');
        if (scenarios != null) {
            m.append("- Period: ").append(scenarios.period).append(" (").append(scenarios.periodCode).append("); committee: ")
                    .append(scenarios.committee == null ? "-" : scenarios.committee).append(" (").append(scenarios.committeeNote)
                    .append("); bloc: ").append(o.bloc);
            if (o.scenarios.contains("dashboard-committee-past")) {
                m.append("; past period (dashboard-committee-past): ")
                        .append(scenarios.pastPeriod == null ? "none with a cut-off before " + NationalHistory.TRANSFERRED
                                : scenarios.pastPeriod + " (" + scenarios.pastPeriodCode + ")");
            }
            m.append('\n');
            m.append("- Accounts: staff `").append(o.staff).append("`; secretaries `").append(o.secretaryFormat).append("` 1…")
                    .append(o.secretaryCount).append(", ").append(scenarios.secretaryReports().size())
                    .append(" with a report in the period, ")
                    .append(scenarios.secretaryReports().stream().filter(BenchmarkScenarios.SecretaryReport::editable).count())
                    .append(" of them editable\n");
        }
        m.append("- Each scenario and concurrency: ").append(o.warmup).append(" s warm-up (discarded; longer, at most ")
                .append(o.maxWarmup).append(" s, until every user has completed one request), then ").append(o.seconds)
                .append(" s measured; closed loop (each user sends its next request when the previous one completes);")
                .append(" a request counts in the window it completes in\n");
        m.append("- Errors: non-2xx, a transport failure, or a page that is the login page, an error page or lacks its")
                .append(" content marker; latencies are those of successful requests\n\n");

        m.append("## Start-up (process start to the first HTTP 200)\n\n");
        if (startups.isEmpty() && bare == null) {
            m.append("Not measured (--no-start / --no-bare).\n\n");
        } else {
            m.append("Each server started ").append(o.startupRuns).append(o.startupRuns == 1 ? " time" : " times")
                    .append(", one after the other; min and median of the time from the process start to the first 200.\n\n");
            m.append("| Server | Runs | Min | Median | Payara's \"ready in\" (median) |\n|---|---|---:|---:|---:|\n");
            if (!startups.isEmpty()) {
                m.append("| PartyTrack: launcher (embedded PostgreSQL) + Payara Micro + partytrack.war, GET /partytrack/login.xhtml; ")
                        .append(startupMode).append(" | ").append(runs(startups)).append(" | ").append(seconds(min(startups)))
                        .append(" | ").append(seconds(median(startups))).append(" | ").append(readyIn(medianReady(startups))).append(" |\n");
                List<Timed> fromJvm = startups.stream().filter(t -> t.fromPayaraJvm() != null)
                        .map(t -> new Timed(t.fromPayaraJvm(), null, null)).toList();
                if (!fromJvm.isEmpty()) {
                    m.append("| … of which from the Payara Micro JVM's start | ").append(runs(fromJvm)).append(" | ")
                            .append(seconds(min(fromJvm))).append(" | ").append(seconds(median(fromJvm))).append(" | |\n");
                }
            }
            if (bare != null) {
                m.append("| Bare Payara Micro + empty WAR (index.html only) as shipped (no archive), GET /bench-empty/index.html | ")
                        .append(runs(bare.runs())).append(" | ").append(seconds(min(bare.runs()))).append(" | ")
                        .append(seconds(median(bare.runs()))).append(" | ").append(readyIn(medianReady(bare.runs()))).append(" |\n");
            }
            if (floor != null) {
                m.append("| The stack's floor (vn.partytrack.bench.floor: a datasource, one JPA entity, CDI, one JAX-RS resource,")
                        .append(" one PrimeFaces page) through the same launcher, after its own warm-up start and stop, GET /partytrack/login.xhtml | ")
                        .append(runs(floor.runs())).append(" | ").append(seconds(min(floor.runs()))).append(" | ")
                        .append(seconds(median(floor.runs()))).append(" | ").append(readyIn(medianReady(floor.runs()))).append(" |\n");
            }
            if (bareCds != null) {
                m.append("| Bare Payara Micro + empty WAR with a class-data sharing archive of its own (written by a warm-up start and stop) | ")
                        .append(runs(bareCds.runs())).append(" | ").append(seconds(min(bareCds.runs()))).append(" | ")
                        .append(seconds(median(bareCds.runs()))).append(" | ").append(readyIn(medianReady(bareCds.runs()))).append(" |\n");
            }
            m.append('\n');
            if (!startups.isEmpty() && bare != null) {
                m.append(String.format(Locale.ROOT, "- **PartyTrack / bare as shipped: %.2f** (medians; mins: %.2f; from the launcher's start; target ≤ 1.3)%n",
                        ratio(median(startups), median(bare.runs())), ratio(min(startups), min(bare.runs()))));
                if (bareCds != null) {
                    m.append(String.format(Locale.ROOT, "- PartyTrack / bare with its own archive: %.2f (medians; mins: %.2f)%n",
                            ratio(median(startups), median(bareCds.runs())), ratio(min(startups), min(bareCds.runs()))));
                }
                m.append(String.format(Locale.ROOT, "- Bare Payara Micro RSS when it first answered: %s%n", mib(bare.rssKb())));
            }
            if (floor != null && bare != null) {
                m.append(String.format(Locale.ROOT, "- **The stack's floor / bare as shipped: %.2f** (medians; mins: %.2f): what the fixed stack costs before any of PartyTrack's code%n",
                        ratio(median(floor.runs()), median(bare.runs())), ratio(min(floor.runs()), min(bare.runs()))));
            }
            if (floor != null) {
                m.append(String.format(Locale.ROOT, "- The stack's floor's RSS when it first answered: %s%n", mib(floor.rssKb())));
            }
            if (floor != null && !startups.isEmpty()) {
                m.append(String.format(Locale.ROOT, "- PartyTrack / the stack's floor: %.2f (medians; mins: %.2f); PartyTrack's own code adds %s (medians)%n",
                        ratio(median(startups), median(floor.runs())), ratio(min(startups), min(floor.runs())),
                        seconds(median(startups).minus(median(floor.runs())))));
            }
            m.append('\n');
        }

        if (o.startupOnly) {
            m.append("Start-up only (--startup-only): no scenarios, no memory figure.\n");
            return m.toString();
        }
        m.append("## Memory\n\n");
        if (rssKb != null && rssKb[0] >= 0) {
            m.append(String.format(Locale.ROOT, "- Payara Micro (pid %d) after the %d-user run: **VmRSS %s** (peak VmHWM %s), JVM options as above%n%n",
                    rssPid, rssAfterUsers, mib(rssKb[0]), mib(rssKb[1])));
        } else {
            m.append("- Not measured (the Payara Micro process was not found).\n\n");
        }
        if (!processes.isEmpty()) {
            m.append(String.format(Locale.ROOT, "Every process of the run command after the %d-user run (PSS: shared pages divided among the "
                    + "processes sharing them, so the total is what they hold; RSS counts PostgreSQL's shared buffers once per process):%n%n", rssAfterUsers));
            m.append("| Process | pid | RSS | PSS |\n|---|---:|---:|---:|\n");
            Map<String, long[]> grouped = new java.util.LinkedHashMap<>();
            for (BenchmarkServer.ProcessMemory p : processes) {
                long[] g = grouped.computeIfAbsent(p.role(), k -> new long[4]);
                g[0]++;
                g[1] = p.pid();
                g[2] += Math.max(0, p.rssKb());
                g[3] += Math.max(0, p.pssKb());
            }
            long rss = 0;
            long pss = 0;
            for (var e : grouped.entrySet()) {
                long[] g = e.getValue();
                m.append("| ").append(e.getKey()).append(g[0] > 1 ? " (" + g[0] + " processes)" : "").append(" | ")
                        .append(g[0] > 1 ? "" : String.valueOf(g[1])).append(" | ").append(mib(g[2])).append(" | ").append(mib(g[3])).append(" |\n");
                rss += g[2];
                pss += g[3];
            }
            m.append("| **Total** | | ").append(mib(rss)).append(" | **").append(mib(pss)).append("** |\n\n");
        }

        m.append("## Results\n\n");
        m.append("Latencies in milliseconds; × = ratio to the baseline (static page) at the same number of users; ")
                .append("throughput × = scenario / baseline.\n\n");
        m.append("| Scenario | Users | Requests | Errors | req/s | × | p50 | × | p95 | × | p99 | × | Server CPU | DB CPU | Client CPU | Note |\n");
        m.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (var e : results.entrySet()) {
            BenchmarkRun.Result b = baseline(e.getKey());
            for (BenchmarkRun.Result r : e.getValue()) {
                m.append("| ").append(r.scenario()).append(" | ").append(r.users()).append(" | ").append(r.ok()).append(" | ")
                        .append(r.errors()).append(" | ").append(String.format(Locale.ROOT, "%.1f", r.throughput())).append(" | ")
                        .append(b == null ? "" : ratio(r.throughput(), b.throughput())).append(" | ")
                        .append(ms(r.percentileMs(50))).append(" | ").append(b == null ? "" : ratio(r.percentileMs(50), b.percentileMs(50))).append(" | ")
                        .append(ms(r.percentileMs(95))).append(" | ").append(b == null ? "" : ratio(r.percentileMs(95), b.percentileMs(95))).append(" | ")
                        .append(ms(r.percentileMs(99))).append(" | ").append(b == null ? "" : ratio(r.percentileMs(99), b.percentileMs(99))).append(" | ")
                        .append(cores(r.serverCores())).append(" | ").append(cores(r.dbCores())).append(" | ").append(cores(r.clientCores()))
                        .append(" | ").append(r.note()).append(" |\n");
            }
        }
        m.append("\nCPU columns: cores used on average during the measured window (").append(Runtime.getRuntime().availableProcessors())
                .append(" available) by the Payara Micro JVM, by PostgreSQL, and by the benchmark's own JVM.\n\n");

        m.append("## Scenarios\n\n");
        for (String s : o.scenarios) {
            m.append("- `").append(s).append("`: ").append(scenarios == null ? s : scenarios.describe(s)).append('\n');
        }
        m.append('\n');
        boolean anyErrors = results.values().stream().flatMap(List::stream).anyMatch(r -> !r.errorSamples().isEmpty());
        if (anyErrors || !skipped.isEmpty()) {
            m.append("## Errors and skipped runs\n\n");
            for (String s : skipped) {
                m.append("- skipped: ").append(s).append('\n');
            }
            for (var e : results.entrySet()) {
                for (BenchmarkRun.Result r : e.getValue()) {
                    for (String sample : r.errorSamples()) {
                        m.append("- ").append(r.scenario()).append(" at ").append(r.users()).append(" users: ")
                                .append(sample.replace("|", "\\|")).append('\n');
                    }
                }
            }
            m.append('\n');
        }
        if (scenarios != null && !scenarios.assignments().isEmpty()) {
            m.append("<details><summary>Secretaries and their reports</summary>\n\n");
            scenarios.assignments().forEach((k, v) -> m.append("- ").append(k).append(": ").append(v).append('\n'));
            m.append("\n</details>\n");
        }
        return m.toString();
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
    }

    static String ratio(double v, double base) {
        if (Double.isNaN(v) || Double.isNaN(base) || base == 0) {
            return "-";
        }
        double r = v / base;
        return String.format(Locale.ROOT, r < 10 ? "%.2f" : r < 100 ? "%.1f" : "%.0f", r);
    }

    private static String cores(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static Duration min(List<Timed> runs) {
        return runs.stream().map(Timed::firstOk).min(Duration::compareTo).orElseThrow();
    }

    /** The median (the mean of the middle two for an even count). */
    private static Duration median(List<Timed> runs) {
        List<Duration> sorted = runs.stream().map(Timed::firstOk).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static Long medianReady(List<Timed> runs) {
        List<Long> sorted = runs.stream().map(Timed::payaraReadyMillis).filter(java.util.Objects::nonNull).sorted().toList();
        return sorted.isEmpty() ? null : sorted.get(sorted.size() / 2);
    }

    private static String runs(List<Timed> runs) {
        return String.join(", ", runs.stream().map(t -> seconds(t.firstOk())).toList());
    }

    private static double ratio(Duration a, Duration b) {
        return a.toMillis() / (double) b.toMillis();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String readyIn(Long millis) {
        return millis == null ? "-" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String mib(long kb) {
        return kb < 0 ? "-" : String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    static String memTotal() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB total (/proc/meminfo)", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return "?";
    }
}
