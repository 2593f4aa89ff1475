package vn.partytrack.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Issue 7's load test (not a test of the suite): many signed-in users at once, for minutes, doing a weighted mix of
 * what staff, unit secretaries and the leadership do in a week, reading and writing, on a fresh sample database.
 * It reuses the benchmark's pieces: {@link BenchmarkServer} starts PartyTrack, {@link BenchmarkUser} signs users in
 * and posts forms, {@link BenchmarkScenarios} finds the period and the secretaries' reports, and
 * {@link BenchmarkRun#runMixed} measures.
 *
 * <pre>
 * mvn -q -DskipTests package
 * mvn -q -Pbench -Dbench.main=vn.partytrack.bench.LoadTest test-compile exec:java
 * mvn -q -Pbench -Dbench.main=vn.partytrack.bench.LoadTest test-compile exec:java -Dexec.args="--help"
 * </pre>
 *
 * Results: printed, and written to {@code target/bench/load-<timestamp>.md}. The goal is zero errors.
 */
public final class LoadTest {

    static final String USAGE = """
            PartyTrack load test: N signed-in users at once (staff, unit secretaries, leadership), each in a closed loop
            with a think time, doing a weighted mix of page views, exports, report saves (page Ajax and API), reviews
            and task answers for a measured window after a warm-up. Counts errors (5xx, 4xx other than 409, error
            pages, the login page shown to a signed-in user, an exception dialog in an Ajax answer, timeouts) apart
            from conflicts (409: two users acted on the same report or task), and prints per action and overall:
            requests, errors, conflicts, throughput, p50/p95/p99; the server's RSS at the end.

            Build first:  mvn -q -DskipTests package
            Run:          mvn -q -Pbench -Dbench.main=vn.partytrack.bench.LoadTest test-compile exec:java

            Options of the load test (defaults in brackets):
              --users <n>            virtual users, all signed in before the warm-up [200]
              --staff-users <n>      of them district staff [50]
              --leader-users <n>     of them leadership (lanhdao) [10]; the others are unit secretaries
              --staff-accounts <l>   staff accounts the staff users share [tochuc,tuyengiao,kiemtra,danvan,vanphong]
              --leader <user>        the leadership's account [lanhdao]
              --think <ms>           mean think time before each step (uniform 0.5x to 1.5x) [3000]
              --seed <n>             random seed of the users' choices [7]
            and the benchmark's (--help of vn.partytrack.bench.Benchmark), with other defaults:
              --seconds <n>          measured window [300]
              --warmup <n>           warm-up, discarded [60]
              --port <n>             HTTP port [8381]
              --db-port <n>          embedded PostgreSQL port [54380]
              --no-start, --base-url, --keep-data, --password, --bloc, --period, --secretary-format,
              --secretary-count, --startup-timeout, --out, --verbose
            """;

    private static final List<String> DEFAULTS = List.of("--dataset", "sample", "--seconds", "300", "--warmup", "60",
            "--port", "8381", "--db-port", "54380", "--no-bare");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    enum Role { STAFF, SECRETARY, LEADER }

    /** One entry of a role's mix: a name for the report, a weight, what it does. */
    record Choice(String name, int weight, String what, BenchmarkRun.Step step) {
    }

    private int users = 200;
    private int staffUsers = 50;
    private int leaderUsers = 10;
    private List<String> staffAccounts = List.of("tochuc", "tuyengiao", "kiemtra", "danvan", "vanphong");
    private String leader = "lanhdao";
    private int thinkMs = 3000;
    private long seed = 7;
    private BenchmarkOptions o;
    private final List<String> raw = new ArrayList<>();

    // what the users work on, found before the run
    private BenchmarkScenarios scenarios;
    private final List<Long> meetings = new ArrayList<>();
    private final List<Long> periodReports = new ArrayList<>();
    private final List<VirtualUser> people = new ArrayList<>();
    private final Map<Role, List<Choice>> mix = new java.util.EnumMap<>(Role.class);

    /** One virtual user: a browser-like session (form login, cookies) and an API client (Basic) of one account. */
    private static final class VirtualUser {
        final Role role;
        final String account;
        final BenchmarkUser page;
        final BenchmarkUser api;
        final BenchmarkScenarios.SecretaryReport own;
        final Random random;
        boolean started;

        VirtualUser(Role role, String account, BenchmarkUser page, BenchmarkUser api, BenchmarkScenarios.SecretaryReport own, Random random) {
            this.role = role;
            this.account = account;
            this.page = page;
            this.api = api;
            this.own = own;
            this.random = random;
        }
    }

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        // As browsers do, send a request again (once) when a kept-alive connection turns out closed by the server
        // (its keep-alive timeout is 30 s) before any byte of the answer came back. Java's HttpClient does that for
        // GET only: an Ajax save (a POST) after a pause failed about once in 250 under load, with nothing in the
        // server's log.
        if (System.getProperty("jdk.httpclient.enableAllMethodRetry") == null) {
            System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
        }
        LoadTest t = new LoadTest();
        try {
            t.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            throw e;
        }
        if (t.o.help) {
            System.out.println(USAGE);
            return;
        }
        t.run();
    }

    private void parse(String[] args) {
        List<String> rest = new ArrayList<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            raw.add(a);
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            boolean ours = switch (a) {
                case "--users", "--staff-users", "--leader-users", "--staff-accounts", "--leader", "--think", "--seed" -> true;
                default -> false;
            };
            if (!ours) {
                rest.add(args[i]);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                value = args[++i];
                raw.add(value);
            }
            switch (a) {
                case "--users" -> users = Integer.parseInt(value);
                case "--staff-users" -> staffUsers = Integer.parseInt(value);
                case "--leader-users" -> leaderUsers = Integer.parseInt(value);
                case "--staff-accounts" -> staffAccounts = List.of(value.split(","));
                case "--leader" -> leader = value;
                case "--think" -> thinkMs = Integer.parseInt(value);
                default -> seed = Long.parseLong(value);
            }
        }
        o = BenchmarkOptions.parse(rest.toArray(String[]::new));
        if (users < 1 || staffUsers < 0 || leaderUsers < 0 || staffUsers + leaderUsers > users || thinkMs < 0) {
            throw new IllegalArgumentException("need --users >= 1, --staff-users + --leader-users <= --users, --think >= 0");
        }
    }

    private void run() throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = Path.of("target").toAbsolutePath();
        o.out = o.out.toAbsolutePath();
        Files.createDirectories(o.out);
        Path file = o.out.resolve("load-" + stamp + ".md");
        ZonedDateTime startedAt = ZonedDateTime.now();
        System.out.println("PartyTrack load test: " + users + " users, " + o.seconds + " s after " + o.warmup
                + " s warm-up; results will be in " + file);
        BenchmarkServer server = null;
        Path fresh = null;
        Thread hook = null;
        String loadBefore;
        String loadAfter;
        BenchmarkRun.Mixed result;
        long[] rss = null;
        long severe = -1;
        try {
            if (o.start) {
                for (String f : List.of("partytrack.war", "payara-micro.jar")) {
                    if (!Files.isRegularFile(target.resolve(f))) {
                        throw new IllegalStateException("missing " + target.resolve(f) + ": build first with mvn -q -DskipTests package");
                    }
                }
                Path data = o.data != null ? o.data : o.out.resolve("sample-db").resolve("load-" + stamp);
                fresh = o.data == null ? data : null;
                System.out.println("Starting PartyTrack (launcher, data in " + data + ") …");
                server = BenchmarkServer.startPartyTrack(o, target, data.toAbsolutePath(), o.out.resolve("server-load-" + stamp + ".log"));
                BenchmarkServer s = server;
                hook = new Thread(s::close, "load-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                System.out.printf("  first 200 after %.1f s%n", server.awaitFirstOk(o.baseUrl + "/login.xhtml", o.startupTimeout).toMillis() / 1000.0);
            }
            discover();
            signIn();
            defineMix();
            BenchmarkServer s = server;
            Optional<ProcessHandle> external = o.start ? Optional.empty() : BenchmarkServer.findPayaraOnPort(o.port);
            loadBefore = BenchmarkReport.loadAverage();
            System.out.printf("Running: %d s warm-up, then %d s measured (load average %s) …%n", o.warmup, o.seconds, loadBefore);
            result = BenchmarkRun.runMixed(users, o.warmup, o.seconds, this::step,
                    () -> s != null ? s.cpu() : new BenchmarkRun.CpuSample(BenchmarkServer.cpuOf(external.stream()), Map.of()));
            loadAfter = BenchmarkReport.loadAverage();
            Optional<ProcessHandle> payara = s != null ? s.payara() : external;
            if (payara.isPresent()) {
                rss = BenchmarkServer.rssKb(payara.get().pid());
            }
            if (server != null) {
                severe = Files.readAllLines(server.log).stream().filter(l -> l.contains("SEVERE")).count();
            }
        } finally {
            if (server != null) {
                System.out.println("Stopping PartyTrack …");
                server.close();
                if (hook != null) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException e) {
                        // shutting down
                    }
                }
                if (fresh != null && !o.keepData && server.postmasters().isEmpty()) {
                    Benchmark.deleteTree(fresh);
                }
            }
        }
        String markdown = markdown(startedAt, loadBefore, loadAfter, result, rss, severe, server == null ? null : server.log);
        System.out.println();
        System.out.println(markdown);
        Files.writeString(file, markdown);
        System.out.println("Written to " + file);
        if (result.overall().errors() > 0) {
            System.out.println("LOAD TEST: " + result.overall().errors() + " ERRORS");
        } else {
            System.out.println("LOAD TEST: no errors");
        }
    }

    // ---- before the run: ids, reports, users

    private void discover() throws Exception {
        scenarios = new BenchmarkScenarios(o);
        scenarios.resolve();
        System.out.println("  period " + scenarios.period + " (" + scenarios.periodCode + ")");
        scenarios.discoverSecretaries(Integer.MAX_VALUE);
        if (scenarios.secretaryReports().isEmpty() && users > staffUsers + leaderUsers) {
            throw new IllegalStateException("no secretary with a report in period " + scenarios.periodCode);
        }
        BenchmarkUser staff = BenchmarkUser.api(o.baseUrl, staffAccounts.get(0), o.password);
        for (JsonObject m : ((JsonArray) staff.json("/api/v1/meetings")).getValuesAs(JsonObject.class)) {
            meetings.add(m.getJsonNumber("id").longValue());
        }
        JsonObject page = (JsonObject) staff.json("/api/v1/reports?limit=200&period=" + scenarios.period);
        for (JsonObject r : page.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            if (!r.isNull("reportId")) {
                periodReports.add(r.getJsonNumber("reportId").longValue());
            }
        }
        System.out.printf("  %d meetings, %d reports in the period, %d secretaries with a report%n",
                meetings.size(), periodReports.size(), scenarios.secretaryReports().size());
    }

    private void signIn() throws Exception {
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            roles.add(i < staffUsers ? Role.STAFF : i < staffUsers + leaderUsers ? Role.LEADER : Role.SECRETARY);
        }
        Collections.shuffle(roles, new Random(seed));
        List<Callable<VirtualUser>> logins = new ArrayList<>();
        int[] next = new int[Role.values().length];
        List<BenchmarkScenarios.SecretaryReport> reports = scenarios.secretaryReports();
        for (int i = 0; i < users; i++) {
            Role role = roles.get(i);
            int n = next[role.ordinal()]++;
            BenchmarkScenarios.SecretaryReport own = role == Role.SECRETARY ? reports.get(n % reports.size()) : null;
            String account = switch (role) {
                case STAFF -> staffAccounts.get(n % staffAccounts.size());
                case LEADER -> leader;
                case SECRETARY -> own.username();
            };
            Random random = new Random(seed * 1_000_003L + i);
            logins.add(() -> new VirtualUser(role, account, BenchmarkUser.signedIn(o.baseUrl, account, o.password),
                    BenchmarkUser.api(o.baseUrl, account, o.password), own, random));
        }
        System.out.printf("Signing in %d users (%d staff, %d leadership, %d secretaries) …%n", users,
                next[Role.STAFF.ordinal()], next[Role.LEADER.ordinal()], next[Role.SECRETARY.ordinal()]);
        long t0 = System.nanoTime();
        people.addAll(BenchmarkScenarios.parallel(logins));
        System.out.printf("  signed in after %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // ---- the mix

    private void defineMix() {
        String p = "&period=" + scenarios.period;
        String bloc = "bloc=" + BenchmarkScenarios.enc(o.bloc);
        String synthesis = bloc + p + (scenarios.committee == null ? "" : "&committee=" + scenarios.committee);
        mix.put(Role.STAFF, List.of(
                new Choice("staff-dashboard", 20, "GET /index.xhtml?" + bloc + p, (u, t) -> page(u, t, "staff-dashboard", "/index.xhtml?" + bloc + p, "id=\"districtHome\"")),
                new Choice("staff-tracker", 15, "GET /assessment/tracker.xhtml?" + bloc + p, (u, t) -> page(u, t, "staff-tracker", "/assessment/tracker.xhtml?" + bloc + p, "id=\"tracker\"")),
                new Choice("staff-issues", 8, "GET /issue/register.xhtml?" + bloc + p, (u, t) -> page(u, t, "staff-issues", "/issue/register.xhtml?" + bloc + p, "id=\"issues\"")),
                new Choice("staff-report-page", 12, "GET /assessment/report.xhtml?id=<a report of the period>",
                        (u, t) -> page(u, t, "staff-report-page", "/assessment/report.xhtml?id=" + any(u, periodReports), "id=\"reportHeader\"")),
                new Choice("staff-meeting", 8, "GET /meeting/meeting.xhtml?id=<a meeting>",
                        (u, t) -> page(u, t, "staff-meeting", "/meeting/meeting.xhtml?id=" + any(u, meetings), "id=\"meeting\"")),
                new Choice("staff-export", 5, "GET /api/v1/exports/tracker.xlsx?" + bloc + p + " (session)", this::export),
                new Choice("review", 12, "GET /api/v1/reports?period (Basic), GET one awaiting review (or with an unlock request, or any), "
                        + "then POST accept 40% / return 40% / comments 20% with its version (unlock-decision grant when asked)", this::review)));
        mix.put(Role.SECRETARY, List.of(
                new Choice("sec-home", 25, "GET /index.xhtml (the unit's home)", (u, t) -> page(u, t, "sec-home", "/index.xhtml", "id=\"secretaryHome\"")),
                new Choice("sec-report-page", 20, "GET /assessment/report.xhtml?id=<own report>", (u, t) -> page(u, t, "sec-report-page", ownPage(u), "id=\"reportHeader\"")),
                new Choice("sec-save-page", 15, "GET the own report page, think, then save the draft: the form posted as PrimeFaces Ajax (when editable)", this::savePage),
                new Choice("sec-save-api", 15, "GET /api/v1/reports/<own> (Basic), then PUT it with that version (when editable)", this::saveApi),
                new Choice("sec-submit-or-unlock", 5, "GET /api/v1/reports/<own>; RETURNED: POST submit with the version; ACCEPTED: POST unlock-request", this::submitOrUnlock),
                new Choice("sec-task", 15, "GET /api/v1/meetings/own-tasks (Basic), then PUT own-tasks/<one> with its version", this::task)));
        mix.put(Role.LEADER, List.of(
                new Choice("leader-dashboard", 50, "GET /index.xhtml?" + bloc + p, (u, t) -> page(u, t, "leader-dashboard", "/index.xhtml?" + bloc + p, "id=\"districtHome\"")),
                // a synthesis is one committee's document (issue 18): the bloc's units under the --committee-code committee
                new Choice("leader-synthesis", 35, "GET /synthesis/report.xhtml?" + synthesis + " (the draft generated from the data)",
                        (u, t) -> page(u, t, "leader-synthesis", "/synthesis/report.xhtml?" + synthesis, "id=\"synthesis:document\"")),
                new Choice("leader-tracker", 15, "GET /assessment/tracker.xhtml?" + bloc + p, (u, t) -> page(u, t, "leader-tracker", "/assessment/tracker.xhtml?" + bloc + p, "id=\"tracker\""))));
    }

    /** One step of a user: think, then one choice of the role's mix by weight. The first step waits a random part
     * of the ramp-up (half the warm-up, at most 30 s) instead, so that the users do not all start at once. */
    private void step(int user, BenchmarkRun.Timer timer) throws Exception {
        VirtualUser u = people.get(user);
        if (!u.started) {
            u.started = true;
            Thread.sleep(u.random.nextInt(rampUpMs() + 1));
        } else {
            think(u);
        }
        if (timer.over()) {
            return;
        }
        List<Choice> choices = mix.get(u.role);
        int total = choices.stream().mapToInt(Choice::weight).sum();
        int r = u.random.nextInt(total);
        for (Choice c : choices) {
            r -= c.weight();
            if (r < 0) {
                c.step().run(user, timer);
                return;
            }
        }
    }

    private int rampUpMs() {
        return Math.min(o.warmup * 500, 30_000);
    }

    private void think(VirtualUser u) throws InterruptedException {
        if (thinkMs > 0) {
            Thread.sleep(thinkMs / 2 + u.random.nextInt(thinkMs + 1));
        }
    }

    private long any(int user, List<Long> ids) {
        return ids.get(people.get(user).random.nextInt(ids.size()));
    }

    private String ownPage(int user) {
        return "/assessment/report.xhtml?id=" + people.get(user).own.reportId();
    }

    private void page(int user, BenchmarkRun.Timer t, String action, String path, String marker) throws InterruptedException {
        BenchmarkUser b = people.get(user).page;
        t.time(action, () -> BenchmarkScenarios.checkPage(b.get(path), marker));
    }

    private void export(int user, BenchmarkRun.Timer t) throws InterruptedException {
        BenchmarkUser b = people.get(user).page;
        String path = "/api/v1/exports/tracker.xlsx?bloc=" + BenchmarkScenarios.enc(o.bloc) + "&period=" + scenarios.period;
        t.time("staff-export", () -> {
            HttpResponse<String> r = b.get(path);
            if (r.statusCode() != 200) {
                return "HTTP " + r.statusCode() + " " + r.uri();
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            return type.contains("spreadsheetml") && r.body().startsWith("PK") ? null : "not a spreadsheet: " + type;
        });
    }

    /** A REST answer: 2xx fine, 409 an expected conflict, anything else an error. */
    static String rest(String what, HttpResponse<String> r) {
        int s = r.statusCode();
        if (s / 100 == 2) {
            return null;
        }
        String text = what + ": HTTP " + s + " " + BenchmarkUser.abbreviate(r.body());
        return s == 409 ? BenchmarkRun.CONFLICT + text : text;
    }

    // ---- staff: review a submitted report

    private void review(int user, BenchmarkRun.Timer t) throws Exception {
        VirtualUser u = people.get(user);
        JsonArray[] rows = new JsonArray[1];
        if (t.time("review-list", () -> {
            HttpResponse<String> r = u.api.getJson("/api/v1/reports?limit=200&period=" + scenarios.period);
            String outcome = rest("GET /api/v1/reports", r);
            if (outcome == null) {
                rows[0] = BenchmarkUser.object(r.body()).getJsonArray("rows");
            }
            return outcome;
        }) != null) {
            return;
        }
        List<Long> actionable = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (JsonObject r : rows[0].getValuesAs(JsonObject.class)) {
            if (r.isNull("reportId")) {
                continue;
            }
            long id = r.getJsonNumber("reportId").longValue();
            all.add(id);
            String status = r.getString("status", "");
            if (status.equals("SUBMITTED") || status.equals("RESUBMITTED") || r.getBoolean("unlockRequested", false)) {
                actionable.add(id);
            }
        }
        List<Long> pool = actionable.isEmpty() ? all : actionable;
        if (pool.isEmpty()) {
            return;
        }
        long id = pool.get(u.random.nextInt(pool.size()));
        JsonObject[] details = new JsonObject[1];
        if (t.time("review-read", () -> {
            HttpResponse<String> r = u.api.getJson("/api/v1/reports/" + id);
            String outcome = rest("GET /api/v1/reports/" + id, r);
            if (outcome == null) {
                details[0] = BenchmarkUser.object(r.body());
            }
            return outcome;
        }) != null) {
            return;
        }
        JsonObject d = details[0];
        long version = d.getJsonNumber("version").longValue();
        JsonObject actions = d.getJsonObject("actions");
        String note = "\"Góp ý kiểm tra tải " + u.account + " " + System.nanoTime() + "\"";
        if (actions.getBoolean("review", false)) {
            int dice = u.random.nextInt(10);
            if (dice < 4) {
                t.time("review-accept", () -> rest("accept", u.api.sendJson("POST", "/api/v1/reports/" + id + "/accept", "{\"version\":" + version + "}")));
            } else if (dice < 8) {
                t.time("review-return", () -> rest("return", u.api.sendJson("POST", "/api/v1/reports/" + id + "/return",
                        "{\"reason\":\"Đề nghị bổ sung số liệu (kiểm tra tải)\",\"version\":" + version + "}")));
            } else {
                t.time("review-comment", () -> rest("comment", u.api.sendJson("POST", "/api/v1/reports/" + id + "/comments",
                        "{\"reason\":" + note + ",\"version\":" + version + "}")));
            }
        } else if (actions.getBoolean("decideUnlock", false)) {
            t.time("review-unlock-grant", () -> rest("unlock-decision", u.api.sendJson("POST", "/api/v1/reports/" + id + "/unlock-decision",
                    "{\"grant\":true,\"comment\":\"Đồng ý mở lại (kiểm tra tải)\",\"version\":" + version + "}")));
        } else {
            t.time("review-comment", () -> rest("comment", u.api.sendJson("POST", "/api/v1/reports/" + id + "/comments",
                    "{\"reason\":" + note + ",\"version\":" + version + "}")));
        }
    }

    // ---- secretaries

    /** Opens the own report's page and, when it may be edited, saves it from the page (PrimeFaces Ajax). */
    private void savePage(int user, BenchmarkRun.Timer t) throws Exception {
        VirtualUser u = people.get(user);
        String path = ownPage(user);
        String[] html = new String[1];
        if (t.time("sec-report-page", () -> {
            HttpResponse<String> r = u.page.get(path);
            html[0] = r.body();
            return BenchmarkScenarios.checkPage(r, "id=\"reportHeader\"");
        }) != null) {
            return;
        }
        if (!html[0].contains("id=\"report:saveDraft\"")) {
            return; // submitted or accepted: nothing to save
        }
        Map<String, String> form = BenchmarkUser.form(html[0], "report");
        think(u);
        t.time("sec-save-ajax", () -> ajaxOutcome(u.page.ajax("/assessment/report.xhtml", form, "report:saveDraft", "report")));
    }

    /** What is wrong with a PrimeFaces Ajax answer, or null. */
    static String ajaxOutcome(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            return "HTTP " + r.statusCode() + " " + r.uri();
        }
        String body = r.body();
        if (!body.contains("<partial-response")) {
            return "no partial response: " + BenchmarkUser.abbreviate(body);
        }
        if (body.contains("exceptionDialog")) {
            return "the exception dialog: " + BenchmarkUser.abbreviate(body);
        }
        if (body.contains("<error>") || body.contains("<error ")) {
            return "a partial-response error: " + BenchmarkUser.abbreviate(body);
        }
        if (body.contains("<redirect")) {
            return "redirected (expired view or session?): " + BenchmarkUser.abbreviate(body);
        }
        if (body.contains(BenchmarkUser.LOGIN_MARKER)) {
            return "the login form in the answer";
        }
        return null;
    }

    private JsonObject readOwn(VirtualUser u, BenchmarkRun.Timer t) throws InterruptedException {
        long id = u.own.reportId();
        JsonObject[] details = new JsonObject[1];
        t.time("sec-report-read-api", () -> {
            HttpResponse<String> r = u.api.getJson("/api/v1/reports/" + id);
            String outcome = rest("GET /api/v1/reports/" + id, r);
            if (outcome == null) {
                details[0] = BenchmarkUser.object(r.body());
            }
            return outcome;
        });
        return details[0];
    }

    private void saveApi(int user, BenchmarkRun.Timer t) throws Exception {
        VirtualUser u = people.get(user);
        JsonObject d = readOwn(u, t);
        if (d == null || !d.getJsonObject("actions").getBoolean("edit", false)) {
            return;
        }
        String body = BenchmarkScenarios.formWithoutVersion(d) + ",\"version\":" + d.getJsonNumber("version").longValue() + "}";
        t.time("sec-save-api", () -> rest("PUT report", u.api.sendJson("PUT", "/api/v1/reports/" + u.own.reportId(), body)));
    }

    private void submitOrUnlock(int user, BenchmarkRun.Timer t) throws Exception {
        VirtualUser u = people.get(user);
        JsonObject d = readOwn(u, t);
        if (d == null) {
            return;
        }
        String status = d.getString("status", "");
        JsonObject actions = d.getJsonObject("actions");
        long id = u.own.reportId();
        long version = d.getJsonNumber("version").longValue();
        if (status.equals("RETURNED") && actions.getBoolean("submit", false)) {
            String body = BenchmarkScenarios.formWithoutVersion(d) + ",\"version\":" + version + "}";
            t.time("sec-submit", () -> rest("submit", u.api.sendJson("POST", "/api/v1/reports/" + id + "/submit", body)));
        } else if (actions.getBoolean("requestUnlock", false)) {
            t.time("sec-unlock-request", () -> rest("unlock-request", u.api.sendJson("POST", "/api/v1/reports/" + id + "/unlock-request",
                    "{\"reason\":\"Xin mở lại để bổ sung số liệu (kiểm tra tải)\",\"version\":" + version + "}")));
        }
    }

    private void task(int user, BenchmarkRun.Timer t) throws Exception {
        VirtualUser u = people.get(user);
        JsonArray[] rows = new JsonArray[1];
        if (t.time("sec-tasks-list", () -> {
            HttpResponse<String> r = u.api.getJson("/api/v1/meetings/own-tasks");
            String outcome = rest("GET own-tasks", r);
            if (outcome == null) {
                rows[0] = (JsonArray) BenchmarkUser.parse(r.body());
            }
            return outcome;
        }) != null || rows[0].isEmpty()) {
            return;
        }
        JsonObject task = rows[0].getJsonObject(u.random.nextInt(rows[0].size()));
        long id = task.getJsonNumber("id").longValue();
        boolean done = "DONE".equals(task.getString("status", ""));
        String doneOn;
        if (done) {
            doneOn = task.isNull("doneOn") ? null : task.getString("doneOn");
        } else if (u.random.nextInt(10) == 0) {
            done = true; // one answer in ten reports the task done today
            doneOn = LocalDate.now(VIETNAM).toString();
        } else {
            doneOn = null;
        }
        String body = "{\"status\":\"" + (done ? "DONE" : "OPEN") + "\",\"note\":\"Tiến độ (kiểm tra tải) " + u.account + " "
                + System.nanoTime() + "\"" + (doneOn == null ? "" : ",\"doneOn\":\"" + doneOn + "\"")
                + ",\"version\":" + task.getJsonNumber("version").longValue() + "}";
        t.time("sec-task-answer", () -> rest("PUT own-task", u.api.sendJson("PUT", "/api/v1/meetings/own-tasks/" + id, body)));
    }

    // ---- the report

    private String markdown(ZonedDateTime startedAt, String loadBefore, String loadAfter, BenchmarkRun.Mixed r, long[] rss,
                            long severe, Path log) {
        StringBuilder m = new StringBuilder();
        m.append("# PartyTrack load test: ").append(users).append(" users, ").append(o.seconds).append(" s, ")
                .append(startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z"))).append("\n\n");
        m.append("## Machine\n\n");
        m.append("- CPU: ").append(BenchmarkReport.cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available to the JVM\n");
        m.append("- Memory: ").append(BenchmarkReport.memTotal()).append('\n');
        m.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
        m.append("- Java: ").append(System.getProperty("java.runtime.version", System.getProperty("java.version"))).append('\n');
        m.append("- Payara Micro JVM options (as the launcher sets them): ").append(String.join(" ", BenchmarkServer.PAYARA_JVM_OPTIONS)).append('\n');
        m.append("- Load average (1, 5, 15 min) when the warm-up began: ").append(loadBefore).append("; at the end: ").append(loadAfter).append('\n');
        long others = ProcessHandle.allProcesses().filter(h -> h.info().commandLine().map(c -> c.contains("payara-micro.jar")).orElse(false))
                .filter(h -> h.info().commandLine().map(c -> !c.contains("--port " + o.port)).orElse(true)).count();
        m.append("- Other Payara Micro JVMs on the machine at the end: ").append(others).append('\n');
        m.append("- The load generator runs on the same machine as the server and PostgreSQL.\n\n");

        m.append("## Run\n\n");
        m.append("- Command: `mvn -q -Pbench -Dbench.main=vn.partytrack.bench.LoadTest test-compile exec:java")
                .append(raw.isEmpty() ? "" : " -Dexec.args=\"" + String.join(" ", raw) + "\"").append("`\n");
        m.append("- Server: ").append(o.baseUrl).append(o.start ? " (started by the load test on a fresh sample database)" : " (already running)").append('\n');
        m.append("- Period ").append(scenarios.period).append(" (").append(scenarios.periodCode).append("), bloc ").append(o.bloc)
                .append("; ").append(periodReports.size()).append(" reports in the period, ").append(meetings.size()).append(" meetings\n");
        long staff = people.stream().filter(p -> p.role == Role.STAFF).count();
        long leaders = people.stream().filter(p -> p.role == Role.LEADER).count();
        long secretaries = people.size() - staff - leaders;
        m.append("- Users: ").append(users).append(", each signed in through the login form (own cookies) with its own API client (HTTP Basic): ")
                .append(staff).append(" staff (accounts ").append(String.join(", ", staffAccounts)).append("), ")
                .append(leaders).append(" leadership (").append(leader).append("), ").append(secretaries).append(" unit secretaries (")
                .append(scenarios.secretaryReports().size()).append(" accounts, each on its unit's report)\n");
        m.append(String.format(Locale.ROOT, "- Closed loop: each user thinks %d–%d ms (uniform), then takes one step of its role's mix, and again;"
                + " %d s warm-up (discarded), then %d s measured; a request counts in the window it completes in%n",
                thinkMs / 2, thinkMs / 2 + thinkMs, o.warmup, o.seconds));
        m.append(String.format(Locale.ROOT, "- Ramp-up: each user's first step starts at a random moment of the warm-up's first %d s%n", rampUpMs() / 1000));
        m.append("- Error: 5xx; 4xx other than 409; an error page; the login form shown to a signed-in user; an exception dialog,")
                .append(" error or redirect in an Ajax answer; a missing content marker; a timeout (120 s) or broken connection.")
                .append(" Conflict: 409 (someone changed the report or task since it was read), expected when users act on the same thing.\n\n");

        m.append("## Mix\n\n| Role | Step | Weight | What |\n|---|---|---:|---|\n");
        for (var e : mix.entrySet()) {
            int total = e.getValue().stream().mapToInt(Choice::weight).sum();
            for (Choice c : e.getValue()) {
                m.append("| ").append(e.getKey().name().toLowerCase(Locale.ROOT)).append(" | ").append(c.name()).append(" | ")
                        .append(String.format(Locale.ROOT, "%d%%", Math.round(100.0 * c.weight() / total))).append(" | ").append(c.what()).append(" |\n");
            }
        }
        m.append('\n');

        m.append("## Results\n\n");
        m.append(String.format(Locale.ROOT, "- **Requests: %d, errors: %d, conflicts (409): %d**; %.1f requests/s%n",
                r.overall().ok() + r.overall().errors() + r.conflictsOverall(), r.overall().errors(), r.conflictsOverall(),
                (r.overall().ok() + r.overall().errors() + r.conflictsOverall()) / (double) o.seconds));
        if (rss != null && rss[0] >= 0) {
            m.append("- Payara Micro after the run: **VmRSS ").append(BenchmarkReport.mib(rss[0])).append("** (peak VmHWM ")
                    .append(BenchmarkReport.mib(rss[1])).append(")\n");
        }
        String kept = BenchmarkScenarios.keptNote();
        if (!kept.isEmpty()) {
            m.append("- Dashboard and tracker pages (whole run, warm-up included): ").append(kept)
                    .append(" (the rest rendered: the database had changed since, or another account, language or address)\n");
        }
        m.append(String.format(Locale.ROOT, "- CPU during the window, in cores: server %s, PostgreSQL %s, load generator %s%n",
                cores(r.overall().serverCores()), cores(r.overall().dbCores()), cores(r.overall().clientCores())));
        if (severe >= 0) {
            m.append("- SEVERE lines in the server's log (").append(log.getFileName()).append("), whole run: ").append(severe).append('\n');
        }
        m.append("\nLatencies of the successful requests, in milliseconds.\n\n");
        m.append("| Action | Requests | Errors | Conflicts | req/s | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<BenchmarkRun.Result> rows = new ArrayList<>(r.actions());
        rows.sort(java.util.Comparator.comparing(BenchmarkRun.Result::scenario));
        for (BenchmarkRun.Result a : rows) {
            m.append(row(a, r.conflicts().getOrDefault(a.scenario(), 0L)));
        }
        m.append(row(r.overall(), r.conflictsOverall()).replace("| all |", "| **all** |"));
        m.append('\n');
        boolean any = r.actions().stream().anyMatch(a -> !a.errorSamples().isEmpty());
        if (any) {
            m.append("## Errors (up to five examples per action)\n\n");
            for (BenchmarkRun.Result a : r.actions()) {
                for (String s : a.errorSamples()) {
                    m.append("- ").append(a.scenario()).append(": ").append(s.replace("|", "\\|")).append('\n');
                }
            }
            m.append('\n');
        }
        return m.toString();
    }

    private static String row(BenchmarkRun.Result a, long conflicts) {
        long requests = a.ok() + a.errors() + conflicts;
        return "| " + a.scenario() + " | " + requests + " | " + a.errors() + " | " + conflicts + " | "
                + String.format(Locale.ROOT, "%.1f", requests / a.seconds()) + " | " + BenchmarkReport.ms(a.percentileMs(50)) + " | "
                + BenchmarkReport.ms(a.percentileMs(95)) + " | " + BenchmarkReport.ms(a.percentileMs(99)) + " | "
                + BenchmarkReport.ms(a.maxMs()) + " |\n";
    }

    private static String cores(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
