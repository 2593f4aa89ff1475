package vn.partytrack.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The benchmark's command-line arguments, with the defaults of each dataset. See {@link #USAGE}. */
final class BenchmarkOptions {

    static final List<String> ALL_SCENARIOS = List.of("baseline", "dashboard-bloc", "dashboard-committee",
            "dashboard-committee-past", "dashboard-national", "tracker-bloc", "tracker-committee", "report-open", "report-save",
            "rest-organisations", "rest-reports", "rating-tracker-committee", "rating-distribution-committee",
            "rating-distribution-national", "rest-officer-history", "candidates-overdue");

    /** The year the rating scenarios read: the last the national dataset rates ({@link NationalRatings}). */
    static final int RATING_YEAR = 2025;

    static final String USAGE = """
            PartyTrack benchmark: throughput and p50/p95/p99 latency of pages and API calls at several numbers of
            concurrent signed-in users, each figure also as a ratio to a static page (the baseline); start-up time
            against a bare Payara Micro; the server's memory (RSS) after the largest run.

            Build first:  mvn -o -q -DskipTests package
            Run:          mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.Benchmark test-compile exec:java \\
                              -Dexec.args="--dataset sample"

            Results: printed, and written to target/bench/results-<dataset>-<timestamp>.md (the server's log next to it).

            Options (defaults in brackets):
              --dataset sample|national  which data [sample]. sample: PartyTrack's sample data loaded into a fresh
                                         database (PARTYTRACK_SAMPLE_DATA=true); national: an existing database made
                                         by the national-dataset generator (PARTYTRACK_SAMPLE_DATA=false)
              --data <folder>            PostgreSQL data folder [sample: a new target/bench/sample-db/<timestamp>,
                                         removed afterwards; national: ~/.partytrack/national]
              --keep-data                do not remove the fresh sample data folder at the end
              --port <n>                 HTTP port of the server under test [8181]
              --db-port <n>              port of the embedded PostgreSQL [54340]
              --bare-port <n>            HTTP port of the bare Payara Micro (start-up baseline) [port + 1]
              --no-bare                  skip the bare Payara Micro start-up measurement
              --no-bare-cds              measure the bare Payara Micro only as shipped, not also with a class-data
                                         sharing archive of its own (written by a warm-up start and stop)
              --no-floor                 skip the stack's floor: the smallest application on PartyTrack's stack
                                         (a datasource, one JPA entity, CDI, one JAX-RS resource, one PrimeFaces
                                         page; vn.partytrack.bench.floor) started by the same launcher, warm-up
                                         first, as many times as PartyTrack: what the stack costs before our code
              --cold-start               time PartyTrack's first run instead: a fresh database (sample data loaded at
                                         start-up) and no class-data sharing (PARTYTRACK_CDS=false). By default the
                                         launcher is first started and stopped once (warm-up: it creates the database
                                         and writes target/partytrack-cds.jsa if missing), then timed as the run
                                         command usually runs: existing database, archive mapped
              --startup-runs <n>         timed starts of each server; min and median reported [1; 3 with
                                         --startup-only]
              --startup-only             measure start-up only (no scenarios, no memory figure)
              --no-start                 benchmark a server that is already running at --base-url (no start-up
                                         figures; RSS only if its Payara Micro process is found by its --port)
              --base-url <url>           [http://127.0.0.1:<port>/partytrack]
              --seconds <n>              measured window per scenario and concurrency [15]
              --warmup <n>               discarded warm-up before each window [3]; it lasts longer, until every
                                         user has completed one request, but at most --max-warmup seconds
              --max-warmup <n>           [120]
              --concurrency <list>       numbers of concurrent users [1,16,64]
              --scenarios <list>         [all but dashboard-national and dashboard-committee-past; add the first
                                         with --national, both with --dataset national]
                                         baseline is always run (the ratios need it). Known: %s;
                                         and page:/<path?query>, any page as signed-in staff
              --national                 include dashboard-national (all blocs of the whole country)
              --period <id>              reporting period [the newest open period, from GET /api/v1/periods]
              --past-period <id>         reporting period of dashboard-committee-past [the newest period whose
                                         cut-off is before 2024-01-01, when the national dataset's transfers took
                                         effect: its figures count the units as they stood before them]
              --committee <id>           organisation id of the committee for the *-committee scenarios
                                         [looked up by --committee-code]
              --committee-code <code>    [sample: MAU-DUP-HBT; national: NAT-P01-C01]
              --bloc <code>              bloc of the *-bloc scenarios [HCSN]
              --staff <user>             district staff account [sample: tochuc; national: nat-staff]
              --password <pw>            password of every account used [PartyTrack@2020]
              --secretary-format <fmt>   String.format pattern of the secretaries' accounts, given 1, 2, ...
                                         [sample: bithu%%02d; national: nat-bithu-%%05d]
              --secretary-count <n>      how many such accounts exist [sample: 33; national: 200]
              --no-create-drafts         do not open (create) draft reports for secretaries whose unit has no
                                         report in the period yet (they are created by default, so that
                                         report-save has more distinct editable reports)
              --api-session              call the API with a session cookie from the login form instead of HTTP
                                         Basic (Basic checks the password, a PBKDF2 hash, on every request)
              --startup-timeout <s>      give up waiting for a server after this long [900]
              --out <folder>             where results and logs go [target/bench]
              --verbose                  echo the servers' output
              --help                     this text

            Scenarios (each virtual user has its own HttpClient; pages: own cookies, signed in once through the
            login form before measuring; API: HTTP Basic on every request, no cookies):
              baseline             GET  /resources/baseline.html (static, public)
              dashboard-bloc       GET  /index.xhtml?bloc=<bloc>&period=<p>                          staff
              dashboard-committee  GET  /index.xhtml?committee=<id>&bloc=&period=<p>                 staff
              dashboard-committee-past  the same for --past-period                             staff
              dashboard-national   GET  /index.xhtml?bloc=&period=<p>                                staff
              tracker-bloc         GET  /assessment/tracker.xhtml?bloc=<bloc>&period=<p>             staff
              tracker-committee    GET  /assessment/tracker.xhtml?committee=<id>&bloc=&period=<p>    staff
              report-open          GET  /assessment/report.xhtml?id=<report>        the report's secretary
              report-save          PUT  /api/v1/reports/<report> (its content as read)  its secretary, Basic
              rest-organisations   GET  /api/v1/organisations?limit=50                       staff, Basic
              rest-reports         GET  /api/v1/reports?period=<p>&limit=50                  staff, Basic
              rating-tracker-committee  GET /rating/tracker.xhtml?year=2025&committee=<id>&bloc=   staff
              rating-distribution-committee  GET /api/v1/ratings/distribution?year=2025&committee=<id>  staff, Basic
              rating-distribution-national   GET /api/v1/ratings/distribution?year=2025         staff, Basic (with --national)
              rest-officer-history GET  /api/v1/organisations/<unit>/officers (200 units in turn)  Ban Tổ chức staff, Basic
              candidates-overdue   GET  /api/v1/candidates/overdue?committee=<id>&limit=100  staff, Basic
            """.formatted(String.join(", ", ALL_SCENARIOS));

    String dataset = "sample";
    Path data;
    boolean keepData;
    int port = 8181;
    int dbPort = 54340;
    Integer barePort;
    boolean bare = true;
    boolean bareCds = true;
    boolean floor = true;
    boolean coldStart;
    boolean startupOnly;
    Integer startupRuns;
    boolean start = true;
    String baseUrl;
    int seconds = 15;
    int warmup = 3;
    int maxWarmup = 120;
    List<Integer> concurrency = List.of(1, 16, 64);
    List<String> scenarios;
    boolean national;
    Long period;
    Long pastPeriod;
    Long committee;
    String committeeCode;
    String bloc = "HCSN";
    String staff;
    String password = "PartyTrack@2020";
    String secretaryFormat;
    Integer secretaryCount;
    boolean createDrafts = true;
    boolean apiSession;
    int startupTimeout = 900;
    Path out = Path.of("target", "bench");
    boolean verbose;
    boolean help;
    final List<String> raw;

    private BenchmarkOptions(List<String> raw) {
        this.raw = raw;
    }

    static BenchmarkOptions parse(String[] args) {
        BenchmarkOptions o = new BenchmarkOptions(List.of(args));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--help", "-h" -> o.help = true;
                case "--keep-data" -> o.keepData = true;
                case "--no-bare" -> o.bare = false;
                case "--no-bare-cds" -> o.bareCds = false;
                case "--no-floor" -> o.floor = false;
                case "--cold-start" -> o.coldStart = true;
                case "--startup-only" -> o.startupOnly = true;
                case "--no-start" -> o.start = false;
                case "--national" -> o.national = true;
                case "--no-create-drafts" -> o.createDrafts = false;
                case "--verbose" -> o.verbose = true;
                case "--api-session" -> o.apiSession = true;
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value after " + a);
                        }
                        value = args[++i];
                    }
                    o.set(a, value);
                }
            }
        }
        o.defaults();
        return o;
    }

    private void set(String name, String value) {
        switch (name) {
            case "--dataset" -> {
                if (!value.equals("sample") && !value.equals("national")) {
                    throw new IllegalArgumentException("--dataset is sample or national, not " + value);
                }
                dataset = value;
            }
            case "--data" -> data = Path.of(value.replaceFirst("^~", System.getProperty("user.home")));
            case "--port" -> port = Integer.parseInt(value);
            case "--db-port" -> dbPort = Integer.parseInt(value);
            case "--bare-port" -> barePort = Integer.parseInt(value);
            case "--base-url" -> baseUrl = value.replaceAll("/+$", "");
            case "--seconds" -> seconds = Integer.parseInt(value);
            case "--warmup" -> warmup = Integer.parseInt(value);
            case "--max-warmup" -> maxWarmup = Integer.parseInt(value);
            case "--concurrency" -> concurrency = Arrays.stream(value.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            case "--scenarios" -> {
                List<String> list = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                for (String s : list) {
                    if (!ALL_SCENARIOS.contains(s) && !s.startsWith("page:/")) {
                        throw new IllegalArgumentException("unknown scenario " + s + "; known: " + ALL_SCENARIOS);
                    }
                }
                scenarios = list;
            }
            case "--period" -> period = Long.valueOf(value);
            case "--past-period" -> pastPeriod = Long.valueOf(value);
            case "--committee" -> committee = Long.valueOf(value);
            case "--committee-code" -> committeeCode = value;
            case "--bloc" -> bloc = value;
            case "--staff" -> staff = value;
            case "--password" -> password = value;
            case "--secretary-format" -> secretaryFormat = value;
            case "--secretary-count" -> secretaryCount = Integer.valueOf(value);
            case "--startup-timeout" -> startupTimeout = Integer.parseInt(value);
            case "--startup-runs" -> startupRuns = Integer.parseInt(value);
            case "--out" -> out = Path.of(value);
            default -> throw new IllegalArgumentException("unknown option " + name + " (--help lists them)");
        }
    }

    private void defaults() {
        boolean nat = isNational();
        if (data == null) {
            data = nat ? Path.of(System.getProperty("user.home"), ".partytrack", "national") : null; // null: fresh
        }
        if (barePort == null) {
            barePort = port + 1;
        }
        if (startupRuns == null) {
            startupRuns = startupOnly ? 3 : 1;
        }
        if (startupRuns < 1) {
            throw new IllegalArgumentException("--startup-runs needs at least 1");
        }
        if (startupOnly && !start) {
            throw new IllegalArgumentException("--startup-only needs the benchmark to start the servers (not --no-start)");
        }
        if (baseUrl == null) {
            baseUrl = "http://127.0.0.1:" + port + "/partytrack";
        }
        if (committeeCode == null) {
            committeeCode = nat ? "NAT-P01-C01" : "MAU-DUP-HBT";
        }
        if (staff == null) {
            staff = nat ? "nat-staff" : "tochuc";
        }
        if (secretaryFormat == null) {
            secretaryFormat = nat ? "nat-bithu-%05d" : "bithu%02d";
        }
        if (secretaryCount == null) {
            secretaryCount = nat ? 200 : 33;
        }
        if (concurrency.isEmpty() || concurrency.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("--concurrency needs positive numbers");
        }
        if (seconds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--seconds must be at least 1 and --warmup not negative");
        }
        List<String> list = new ArrayList<>();
        list.add("baseline");
        for (String s : scenarios == null ? ALL_SCENARIOS : scenarios) {
            if ((s.equals("dashboard-national") || s.equals("rating-distribution-national")) && scenarios == null && !(national || nat)) {
                continue;
            }
            // what it measures is the national dataset's history (NationalHistory); the sample's is too small to tell
            if (s.equals("dashboard-committee-past") && scenarios == null && !nat) {
                continue;
            }
            if (!list.contains(s)) {
                list.add(s);
            }
        }
        if ((national || nat) && scenarios == null && !list.contains("dashboard-national")) {
            list.add("dashboard-national");
        }
        scenarios = list;
    }

    boolean isNational() {
        return dataset.equals("national");
    }

    int maxConcurrency() {
        return concurrency.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** The same run as a Maven command line. */
    String mavenCommand() {
        StringBuilder args = new StringBuilder();
        for (String r : raw) {
            if (args.length() > 0) {
                args.append(' ');
            }
            args.append(r.matches("[A-Za-z0-9_@%+=:,./-]+") ? r : "'" + r.replace("'", "'\\''") + "'");
        }
        return "mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.Benchmark test-compile exec:java -Dexec.args=\""
                + args.toString().replace("\"", "\\\"") + "\"";
    }
}
