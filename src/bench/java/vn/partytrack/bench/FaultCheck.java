package vn.partytrack.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Faults PartyTrack must survive, on the real thing (embedded PostgreSQL 17 and Payara Micro with the WAR, on
 * loopback, PostgreSQL on 54360 and HTTP on 8290, everything under {@code target/faults/}):
 * <ol>
 *   <li>{@code outage}: PostgreSQL stops while PartyTrack runs. Pages answer 503 with a Vietnamese message and no
 *   trace of Java, the REST API answers 503 {@code application/problem+json}; PostgreSQL starts again on the same port
 *   and data, and within a bounded time the same signed-in session reads and saves again, without a restart.</li>
 *   <li>{@code kill}: secretaries open, save and submit reports through REST in several threads; the Payara Micro JVM
 *   is killed with SIGKILL in the middle; after a restart every acknowledged submission is in the database exactly as
 *   sent, and SQL finds nothing half-written.</li>
 *   <li>{@code launcher}: the run command ({@code PartyTrackLauncher}, persistent data directory) killed with SIGKILL,
 *   leaving its Payara Micro and PostgreSQL behind, then everything killed (a stale {@code postmaster.pid}), then a
 *   stale {@code postmaster.pid} naming a live process that is not PostgreSQL: each time the run command must start
 *   again on the same data, which must still be there.</li>
 *   <li>{@code powercut [runs]}: the README's run command ({@code mvn -o -q exec:java}) while secretaries save and
 *   submit; one {@code kill -9} of every process of the run command and every PostgreSQL process of its data folder;
 *   a restart with the same command; every acknowledged write present whole, the durable settings in
 *   {@code pg_settings}, and every other row unchanged. Five runs by default, one in {@code all}.</li>
 * </ol>
 * {@code mvn -Pbench -Dbench.main=vn.partytrack.bench.FaultCheck test-compile exec:java} after
 * {@code mvn -DskipTests package}; {@code -Dexec.args=outage} (or {@code kill}, {@code launcher}, {@code powercut 5})
 * runs one part.
 * Prints each step and {@code FAULT CHECK PASSED}; exits 1 if any step failed.
 */
public final class FaultCheck {

    private static final int HTTP_PORT = 8290;
    private static final int DB_PORT = 54360;
    private static final String PASSWORD = "PartyTrack@2020";
    private static final String BASE = "http://127.0.0.1:" + HTTP_PORT + "/partytrack";
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(60);
    /** What a user must never read: Java's names for failures, stack frames, package and class names. */
    private static final Pattern LEAK = Pattern.compile("Exception|Caused by|\\tat |\\bat [a-z]+\\.[a-z]+\\.|\\.java:[0-9]|"
            + "\\b(java|javax|jakarta|org|com|fish|vn)\\.[a-z]+\\.[a-zA-Z.]*[A-Z]|PSQL|EclipseLink|SQLState|postgres|54360");
    /** The secretaries who submit in the kill part, one thread each, and how many reports each submits. */
    private static final List<String> WRITERS = List.of("bithu05", "bithu06", "bithu07", "bithu08", "bithu09", "bithu10");
    private static final int REPORTS_PER_WRITER = 8;
    private static final int KILL_AFTER_SUBMISSIONS = 14;

    private final Path target = Path.of("target").toAbsolutePath();
    private final Path work = target.resolve("faults");
    private final Path data = work.resolve("postgres");
    private EmbeddedDatabase database;
    private Process server;
    /** The run command of part 3 while it runs (stopped by {@link #stop()} whatever happens). */
    private Process launcher;
    private int serverRuns;
    private boolean failed;

    public static void main(String[] args) throws Exception {
        String part = args.length == 0 ? "all" : args[0];
        FaultCheck check = new FaultCheck();
        try {
            check.prepare();
            if (part.equals("all") || part.equals("outage") || part.equals("kill")) {
                check.startDatabaseAndServer();
            }
            if (part.equals("all") || part.equals("outage")) {
                check.outage();
            }
            if (part.equals("all") || part.equals("kill")) {
                check.killMidStream();
            }
            check.stop();
            if (part.equals("all") || part.equals("launcher")) {
                check.launcherKilled();
            }
            if (part.equals("all") || part.equals("powercut")) {
                check.powerCut(args.length > 1 ? Integer.parseInt(args[1]) : (part.equals("all") ? 1 : 5));
            }
        } catch (Exception e) {
            check.failed = true;
            System.out.println("  ✘ the check itself failed: " + e);
            e.printStackTrace(System.out);
        } finally {
            check.stop();
        }
        System.out.println(check.failed ? "FAULT CHECK FAILED" : "FAULT CHECK PASSED");
        System.exit(check.failed ? 1 : 0);
    }

    private void prepare() throws IOException {
        BenchmarkServer.requireBuilt(target);
        BenchmarkServer.requireFree(HTTP_PORT, "HTTP port");
        BenchmarkServer.requireFree(DB_PORT, "PostgreSQL port");
        Benchmark.deleteTree(work);
        Files.createDirectories(work);
    }

    private void startDatabaseAndServer() throws Exception {
        say("PostgreSQL (embedded) on 127.0.0.1:" + DB_PORT + ", data in " + target.getParent().relativize(data));
        database = EmbeddedDatabase.start(data, DB_PORT);
        startServer();
    }

    // ---------------------------------------------------------------- 1. PostgreSQL stops while PartyTrack runs

    private void outage() throws Exception {
        System.out.println();
        say("PART 1 — PostgreSQL stops and starts again while PartyTrack runs");
        BenchmarkUser secretary = BenchmarkUser.signedIn(BASE, "bithu11", PASSWORD);
        BenchmarkUser api = BenchmarkUser.api(BASE, "bithu11", PASSWORD);
        long period = ClusterCheck.latestPeriod(secretary);
        long report = ClusterCheck.ownReport(secretary, period);
        HttpResponse<String> page = secretary.get("/assessment/report.xhtml?id=" + report);
        check(page.statusCode() == 200 && !page.body().contains(BenchmarkUser.LOGIN_MARKER), "bithu11 signed in through the form and opened her report " + report);
        Map<String, String> form = BenchmarkUser.form(page.body(), "report");
        String field = ClusterCheck.firstTextarea(page.body());

        long stopping = System.nanoTime();
        database.close();
        database = null;
        say("PostgreSQL stopped (pg_ctl stop -m fast) in " + millis(stopping) + " ms");

        outagePage(secretary, "/index.xhtml", "the home page");
        outagePage(secretary, "/assessment/report.xhtml?id=" + report, "the report form");
        long asked = System.nanoTime();
        outageProblem(api.getJson("/api/v1/reports/" + report), "REST GET /reports/" + report + " (HTTP Basic)", asked);
        asked = System.nanoTime();
        outageProblem(api.sendJson("PUT", "/api/v1/reports/" + report,
                "{\"texts\":{\"SITUATION\":\"trong lúc mất kết nối\"},\"version\":0}"), "REST PUT /reports/" + report + " (HTTP Basic)", asked);
        HttpResponse<String> english = api.send(api.request("/api/v1/reports/" + report).setHeader("Accept-Language", "en")
                .header("Accept", "application/json").GET().build());
        check(english.statusCode() == 503 && english.body().contains("Temporarily unavailable"),
                "in English too: " + english.statusCode() + " " + BenchmarkUser.abbreviate(english.body()));
        form.put(field, "Lưu trong lúc cơ sở dữ liệu dừng");
        long t = System.nanoTime();
        HttpResponse<String> ajax = ClusterCheck.saveDraft(secretary, form);
        check(!LEAK.matcher(visible(ajax.body())).find() && stackTraces(ajax.body()).isEmpty(), "saving from the open form (Ajax) answers " + ajax.statusCode() + " in " + millis(t)
                + " ms without a trace of Java (" + BenchmarkUser.abbreviate(ajax.body()) + ")");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/health"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        check(health.statusCode() == 503 && health.body().contains("DOWN"), "/health answers " + health.statusCode() + " " + BenchmarkUser.abbreviate(health.body()));

        long starting = System.nanoTime();
        database = EmbeddedDatabase.start(data, DB_PORT);
        say("PostgreSQL started again on the same port and data in " + millis(starting) + " ms; PartyTrack is not restarted");
        long since = System.nanoTime();
        HttpResponse<String> home = null;
        int attempts = 0;
        while (System.nanoTime() - since < RECOVERY_BOUND.toNanos()) {
            attempts++;
            home = secretary.get("/index.xhtml");
            if (home.statusCode() == 200) {
                break;
            }
            Thread.sleep(250);
        }
        long recovered = millis(since);
        check(home != null && home.statusCode() == 200 && !home.body().contains(BenchmarkUser.LOGIN_MARKER) && home.body().contains("ownName"),
                "the same session reads its home page again " + recovered + " ms after PostgreSQL was back (" + attempts
                        + " tries, bound " + RECOVERY_BOUND.toSeconds() + " s), still signed in");
        page = secretary.get("/assessment/report.xhtml?id=" + report);
        form = BenchmarkUser.form(page.body(), "report");
        String after = "Lưu sau khi cơ sở dữ liệu khởi động lại (kiểm tra sự cố) " + System.currentTimeMillis();
        form.put(field, after);
        HttpResponse<String> saved = ClusterCheck.saveDraft(secretary, form);
        check(saved.statusCode() == 200 && textsOf(report).contains(after),
                "the same session saves the draft from the page, and PostgreSQL holds it");
        HttpResponse<String> rest = api.getJson("/api/v1/reports/" + report);
        check(rest.statusCode() == 200 && rest.body().contains(after), "REST (HTTP Basic) reads it back: " + rest.statusCode());
    }

    private void outagePage(BenchmarkUser user, String path, String what) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<String> r = user.get(path);
        String body = visible(r.body());
        String title = between(r.body(), "<h1 id=\"errorTitle\">", "</h1>");
        check(r.statusCode() == 503 && body.contains("Hệ thống tạm thời gián đoạn") && !LEAK.matcher(body).find() && stackTraces(r.body()).isEmpty(),
                what + " answers " + r.statusCode() + " in " + millis(t) + " ms: «" + title + "» — «"
                        + between(r.body(), "</h1>\n        <p>", "</p>") + "», no trace of Java" + leak(body) + leak(stackTraces(r.body())));
    }

    private void outageProblem(HttpResponse<String> r, String what, long asked) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        check(r.statusCode() == 503 && type.startsWith("application/problem+json") && r.body().contains("Hệ thống tạm thời gián đoạn")
                        && !LEAK.matcher(r.body()).find(),
                what + " answers " + r.statusCode() + " in " + millis(asked) + " ms, " + type + ", Retry-After: " + r.headers().firstValue("Retry-After").orElse("-")
                        + " " + r.body() + leak(r.body()));
    }

    /** The page as read: without its scripts (PrimeFaces lists web.xml's error pages, by exception class) and tags. */
    private static String visible(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
    }

    /** Stack frames anywhere in the page source. */
    private static String stackTraces(String html) {
        return html.contains("Caused by") || Pattern.compile("\\.java:[0-9]+\\)").matcher(html).find() ? "Exception in a stack trace" : "";
    }

    private static String leak(String body) {
        var m = LEAK.matcher(body);
        return m.find() ? " — LEAKS «" + body.substring(Math.max(0, m.start() - 60), Math.min(body.length(), m.end() + 60)) + "»" : "";
    }

    // ---------------------------------------------------------------- 2. SIGKILL in the middle of submissions

    /** One request of the stream: what was sent and what came back. */
    private record Sent(String writer, String kind, long reportId, JsonObject content, int status, boolean acknowledged, String error,
                        String answer) {
    }

    private void killMidStream() throws Exception {
        System.out.println();
        say("PART 2 — SIGKILL of the Payara Micro JVM in the middle of a stream of submissions");
        BenchmarkUser admin = BenchmarkUser.api(BASE, "quantri", PASSWORD);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        List<Long> periods = createPeriods(admin, year, "SUCO-");
        say(periods.size() + " periods created (SUCO-1 … SUCO-" + periods.size() + "); " + WRITERS.size()
                + " secretaries each open, save and submit one report per period, in parallel");
        streamAndKill(periods, KILL_AFTER_SUBMISSIONS, () -> {
            long pid = server.pid();
            server.destroyForcibly();
            server.waitFor();
            return "kill -9 " + pid + " (Payara Micro)";
        }, log -> {
            long restarting = System.nanoTime();
            startServer();
            say("Payara Micro restarted on the same database in " + millis(restarting) + " ms");
            verify(log, periods);
        });
    }

    private interface Kill {
        String kill() throws Exception;
    }

    private interface AfterKill {
        void after(List<Sent> log) throws Exception;
    }

    /** The check's reporting periods, one per report each secretary writes. */
    private static List<Long> createPeriods(BenchmarkUser admin, int year, String prefix) throws IOException, InterruptedException {
        List<Long> periods = new ArrayList<>();
        for (int i = 1; i <= REPORTS_PER_WRITER; i++) {
            HttpResponse<String> created = admin.sendJson("POST", "/api/v1/periods", Json.createObjectBuilder()
                    .add("code", prefix + i).add("kind", "YEAR").add("year", year)
                    .add("nameVi", "Kỳ kiểm tra sự cố " + i).add("nameEn", "Fault check period " + i)
                    .add("startDate", year + "-01-01").add("endDate", year + "-12-31").add("cutoffDate", year + "-12-01")
                    .add("dueDate", year + "-12-31").add("open", true).build().toString());
            if (created.statusCode() != 201) {
                throw new IOException("creating a period answered " + created.statusCode() + ": " + created.body());
            }
            periods.add(BenchmarkUser.object(created.body()).getJsonNumber("id").longValue());
        }
        return periods;
    }

    /** The secretaries' streams, killed by {@code kill} after {@code killAfter} acknowledged submissions. */
    private void streamAndKill(List<Long> periods, int killAfter, Kill kill, AfterKill after) throws Exception {
        List<Sent> log = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger submitted = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS.size(); w++) {
            String writer = WRITERS.get(w);
            long organisation = organisationOf(writer);
            int seed = w;
            Thread thread = new Thread(() -> write(writer, organisation, seed, periods, log, submitted), "writer-" + writer);
            threads.add(thread);
            thread.start();
        }
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (submitted.get() < killAfter && System.nanoTime() < until && threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(20);
        }
        int sentBefore = log.size();
        String killed = kill.kill();
        say(killed + " after " + submitted.get() + " acknowledged submissions, " + sentBefore + " answered requests");
        for (Thread thread : threads) {
            thread.join();
        }
        after.after(log);
    }

    /** One secretary's stream: for each period, open the report, save a draft, submit; stops at the first failure. */
    private static void write(String writer, long organisation, int seed, List<Long> periods, List<Sent> log, AtomicInteger submitted) {
        BenchmarkUser user = BenchmarkUser.api(BASE, writer, PASSWORD);
        int step = 0;
        for (long period : periods) {
            step++;
            JsonObject open = Json.createObjectBuilder().add("organisationId", organisation).add("periodId", period).build();
            Sent opened = send(user, writer, "OPEN", -1, "POST", "/api/v1/reports", open, log);
            if (!opened.acknowledged()) {
                return;
            }
            JsonObject draft = BenchmarkUser.object(opened.answer());
            long id = draft.getJsonNumber("id").longValue();
            JsonObject save = content(draft, seed * 1000 + step * 10 + 1, false, draft.getJsonNumber("version").longValue());
            Sent saved = send(user, writer, "SAVE", id, "PUT", "/api/v1/reports/" + id, save, log);
            if (!saved.acknowledged()) {
                return;
            }
            long version = BenchmarkUser.object(saved.answer()).getJsonNumber("version").longValue();
            JsonObject submit = content(draft, seed * 1000 + step * 10 + 2, true, version);
            Sent sent = send(user, writer, "SUBMIT", id, "POST", "/api/v1/reports/" + id + "/submit", submit, log);
            if (!sent.acknowledged()) {
                return;
            }
            submitted.incrementAndGet();
        }
    }

    private static Sent send(BenchmarkUser user, String writer, String kind, long id, String method, String path, JsonObject content, List<Sent> log) {
        Sent sent;
        try {
            HttpResponse<String> r = user.sendJson(method, path, content.toString());
            boolean ok = r.statusCode() / 100 == 2;
            sent = new Sent(writer, kind, id, content, r.statusCode(), ok, ok ? null : BenchmarkUser.abbreviate(r.body()), r.body());
        } catch (IOException e) {
            sent = new Sent(writer, kind, id, content, -1, false, e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent = new Sent(writer, kind, id, content, -1, false, "interrupted", null);
        }
        log.add(sent);
        return sent;
    }

    /** A complete, valid report (figures from the prefilled draft for the members), different for every request. */
    private static JsonObject content(JsonObject draft, int n, boolean submit, long version) {
        JsonObject numbers = draft.getJsonObject("numbers");
        int total = numbers.getInt("MEMBERS_TOTAL");
        int probationary = numbers.getInt("MEMBERS_PROBATIONARY");
        JsonObjectBuilder figures = Json.createObjectBuilder()
                .add("MEMBERS_TOTAL", total).add("MEMBERS_FULL", numbers.getInt("MEMBERS_FULL")).add("MEMBERS_PROBATIONARY", probationary)
                .add("MEMBERS_FEMALE", total / 2).add("ADMITTED", Math.min(1, probationary)).add("MADE_FULL", n % 3)
                .add("DISSEMINATION_SESSIONS", 1 + n % 40).add("DISSEMINATION_ATTENDANCE", new BigDecimal(50 + n % 500 / 10.0).setScale(2, java.math.RoundingMode.HALF_UP))
                .add("MEETINGS_REQUIRED", 12).add("MEETINGS_HELD", 11 + n % 2).add("MEETINGS_THEMATIC", 1 + n % 4)
                .add("MEETING_ATTENDANCE", 90 + n % 10).add("INSPECTED_MEMBERS", Math.min(total, 1 + n % 3)).add("SUPERVISIONS", n % 5);
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String s : List.of("SITUATION", "POLITICAL", "ORGANISATION", "INSPECTION", "DEMOCRACY", "PROFESSIONAL", "ASSESSMENT", "NEXT_TASKS")) {
            texts.add(s, "Phần " + s.toLowerCase() + " — bản " + n + (submit ? " gửi" : " nháp") + ": chi bộ duy trì sinh hoạt đều đặn, "
                    + "đảng viên gương mẫu, «trích dẫn» & ký tự đặc biệt ' \" <b>.");
        }
        JsonArrayBuilder items = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "DIFFICULTY").add("body", "Khó khăn số " + n + ": đảng viên làm theo ca."))
                .add(Json.createObjectBuilder().add("kind", "PROPOSAL").add("body", "Kiến nghị số " + n + ": mở lớp bồi dưỡng."));
        return Json.createObjectBuilder().add("numbers", figures).add("texts", texts).add("items", items).add("version", version).build();
    }

    /** Checks the stream's log against the database; returns {acknowledged writes, lost, cut requests committed whole}. */
    private long[] verify(List<Sent> log, List<Long> periods) throws SQLException {
        List<Sent> all = List.copyOf(log);
        long acknowledged = all.stream().filter(Sent::acknowledged).count();
        long refused = all.stream().filter(s -> !s.acknowledged() && s.status() > 0).count();
        long broken = all.stream().filter(s -> s.status() < 0).count();
        List<Sent> submissions = all.stream().filter(s -> s.kind().equals("SUBMIT") && s.acknowledged()).toList();
        int found = 0;
        int lost = 0;
        int inFlightCommitted = 0;
        int lostDrafts = 0;
        try (Connection c = connect()) {
            for (Sent s : submissions) {
                String difference = difference(c, s.reportId(), s.content(), "SUBMITTED");
                if (difference == null) {
                    found++;
                } else {
                    lost++;
                    System.out.println("    lost or changed: report " + s.reportId() + " of " + s.writer() + ": " + difference);
                }
            }
            // a request cut by the kill either committed whole or not at all
            for (Sent s : all) {
                if (s.status() >= 0 || s.reportId() < 0) {
                    continue;
                }
                // what the report held when the request was sent: the acknowledged save, or the draft as it was opened
                JsonObject before = all.stream().filter(o -> o.reportId() == s.reportId() && o.acknowledged() && o.kind().equals("SAVE"))
                        .map(Sent::content).findFirst()
                        .orElseGet(() -> all.stream().filter(o -> o.kind().equals("OPEN") && o.acknowledged())
                                .map(o -> BenchmarkUser.object(o.answer())).filter(o -> o.getJsonNumber("id").longValue() == s.reportId())
                                .findFirst().orElse(null));
                String asSent = difference(c, s.reportId(), s.content(), s.kind().equals("SUBMIT") ? "SUBMITTED" : "DRAFT");
                String asBefore = before == null ? "nothing acknowledged before" : difference(c, s.reportId(), before, "DRAFT");
                if (asSent == null) {
                    inFlightCommitted++;
                }
                check(asSent == null || asBefore == null, "the " + s.kind() + " of report " + s.reportId() + " cut by the kill is "
                        + (asSent == null ? "in the database whole (committed just before the kill)" : asBefore == null
                        ? "not in the database; the report holds what was acknowledged before it, whole" : "HALF-WRITTEN: " + asSent + " / " + asBefore));
            }
            // every acknowledged save whose submit was not acknowledged: the draft (or the submitted content if it committed)
            for (Sent s : all) {
                if (!s.kind().equals("SAVE") || !s.acknowledged()) {
                    continue;
                }
                boolean submittedToo = all.stream().anyMatch(o -> o.reportId() == s.reportId() && o.kind().equals("SUBMIT"));
                if (!submittedToo) {
                    boolean whole = difference(c, s.reportId(), s.content(), "DRAFT") == null;
                    lostDrafts += whole ? 0 : 1;
                    check(whole, "the acknowledged draft of report " + s.reportId() + " is there whole");
                }
            }
            String in = periods.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
            Map<String, String> invariants = new LinkedHashMap<>();
            invariants.put("reports submitted without a SUBMIT event", "SELECT count(*) FROM report r WHERE r.period_id IN (" + in + ") AND r.status <> 'DRAFT'"
                    + " AND NOT EXISTS (SELECT 1 FROM report_event e WHERE e.report_id = r.id AND e.action = 'SUBMIT' AND e.to_status = 'SUBMITTED')");
            invariants.put("SUBMIT events on a report still in draft", "SELECT count(*) FROM report r JOIN report_event e ON e.report_id = r.id"
                    + " WHERE r.period_id IN (" + in + ") AND r.status = 'DRAFT' AND e.action = 'SUBMIT'");
            invariants.put("reports whose last event's state is not theirs", "SELECT count(*) FROM report r JOIN LATERAL (SELECT to_status FROM report_event e"
                    + " WHERE e.report_id = r.id ORDER BY at DESC, id DESC LIMIT 1) last ON true WHERE r.period_id IN (" + in + ") AND last.to_status <> r.status");
            invariants.put("reports with more than one SUBMIT", "SELECT count(*) FROM (SELECT report_id FROM report_event e JOIN report r ON r.id = e.report_id"
                    + " WHERE r.period_id IN (" + in + ") AND e.action = 'SUBMIT' GROUP BY report_id HAVING count(*) > 1) x");
            invariants.put("submitted reports without first_submitted_at", "SELECT count(*) FROM report WHERE period_id IN (" + in + ") AND status <> 'DRAFT' AND first_submitted_at IS NULL");
            invariants.put("submitted reports missing figures (fewer than 14 values)", "SELECT count(*) FROM report r WHERE r.period_id IN (" + in + ") AND r.status <> 'DRAFT'"
                    + " AND (SELECT count(*) FROM report_value v WHERE v.report_id = r.id AND v.number_value IS NOT NULL) < 14");
            invariants.put("submitted reports missing narrative (fewer than 8 sections)", "SELECT count(*) FROM report r WHERE r.period_id IN (" + in + ") AND r.status <> 'DRAFT'"
                    + " AND (SELECT count(*) FROM report_text t WHERE t.report_id = r.id) < 8");
            invariants.put("submitted reports without their two items", "SELECT count(*) FROM report r WHERE r.period_id IN (" + in + ") AND r.status <> 'DRAFT'"
                    + " AND (SELECT count(*) FROM report_item i WHERE i.report_id = r.id) <> 2");
            invariants.put("SUBMIT events without the staff's notification", "SELECT count(*) FROM report_event e JOIN report r ON r.id = e.report_id"
                    + " WHERE r.period_id IN (" + in + ") AND e.action = 'SUBMIT' AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.report_id = r.id"
                    + " AND n.kind = 'REPORT_SUBMITTED')");
            invariants.put("reports of these periods with a version behind their events", "SELECT count(*) FROM report r WHERE r.period_id IN (" + in + ")"
                    + " AND r.status <> 'DRAFT' AND r.version < 1");
            for (var invariant : invariants.entrySet()) {
                long n = count(c, invariant.getValue());
                check(n == 0, "SQL: " + invariant.getKey() + ": " + n);
            }
            long reports = count(c, "SELECT count(*) FROM report WHERE period_id IN (" + in + ")");
            long submittedRows = count(c, "SELECT count(*) FROM report WHERE period_id IN (" + in + ") AND status = 'SUBMITTED'");
            System.out.println();
            System.out.println("    requests sent ............................ " + all.size());
            System.out.println("      acknowledged (2xx) ..................... " + acknowledged + " (" + all.stream().filter(s -> s.acknowledged() && s.kind().equals("OPEN")).count()
                    + " opens, " + all.stream().filter(s -> s.acknowledged() && s.kind().equals("SAVE")).count() + " saves, " + submissions.size() + " submissions)");
            System.out.println("      failed by the kill (no answer) ......... " + broken + " (" + inFlightCommitted + " of them committed whole before the kill)");
            System.out.println("      refused with a status ................... " + refused
                    + all.stream().filter(s -> !s.acknowledged() && s.status() > 0).map(s -> " " + s.status() + " " + s.error()).reduce("", String::concat));
            System.out.println("    acknowledged submissions found whole ..... " + found + " of " + submissions.size());
            System.out.println("    lost ..................................... " + lost);
            System.out.println("    reports in the check's periods ........... " + reports + " (" + submittedRows + " submitted)");
        }
        check(lost == 0 && found == submissions.size() && !submissions.isEmpty(), "every acknowledged submission survived the kill: " + found + " found, " + lost + " lost");
        return new long[] {acknowledged, lost + lostDrafts, inFlightCommitted, submissions.size()};
    }

    /** Null when the report holds exactly this content in this state, otherwise what differs. */
    private static String difference(Connection c, long report, JsonObject content, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM report WHERE id = ?")) {
            s.setLong(1, report);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return "no report " + report;
                }
                if (!r.getString(1).equals(status)) {
                    return "status " + r.getString(1) + " instead of " + status;
                }
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT indicator_code, number_value FROM report_value WHERE report_id = ? AND number_value IS NOT NULL")) {
            s.setLong(1, report);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.put(r.getString(1), r.getBigDecimal(2));
                }
            }
        }
        Map<String, JsonValue> numbers = new LinkedHashMap<>(content.getJsonObject("numbers"));
        numbers.values().removeIf(v -> v.getValueType() == JsonValue.ValueType.NULL);
        if (values.size() != numbers.size()) {
            return values.size() + " figures instead of " + numbers.size();
        }
        for (var e : numbers.entrySet()) {
            BigDecimal held = values.get(e.getKey());
            if (held == null || held.compareTo(((JsonNumber) e.getValue()).bigDecimalValue()) != 0) {
                return e.getKey() + " = " + held + " instead of " + e.getValue();
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT section_code, body FROM report_text WHERE report_id = ?")) {
            s.setLong(1, report);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    texts.put(r.getString(1), r.getString(2));
                }
            }
        }
        Map<String, JsonValue> sentTexts = new LinkedHashMap<>(content.getJsonObject("texts"));
        sentTexts.values().removeIf(v -> v.getValueType() != JsonValue.ValueType.STRING || ((jakarta.json.JsonString) v).getString().isEmpty());
        if (texts.size() != sentTexts.size()) {
            return texts.size() + " sections instead of " + sentTexts.size();
        }
        for (var e : sentTexts.entrySet()) {
            if (!((jakarta.json.JsonString) e.getValue()).getString().equals(texts.get(e.getKey()))) {
                return "section " + e.getKey() + " differs";
            }
        }
        List<String> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, body FROM report_item WHERE report_id = ? ORDER BY position")) {
            s.setLong(1, report);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(r.getString(1) + ":" + r.getString(2));
                }
            }
        }
        List<String> sentItems = content.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("kind") + ":" + i.getString("body")).toList();
        return items.equals(sentItems) ? null : "items " + items + " instead of " + sentItems;
    }

    // ---------------------------------------------------------------- 3. the run command killed with SIGKILL

    private void launcherKilled() throws Exception {
        System.out.println();
        say("PART 3 — the run command (PartyTrackLauncher, persistent data) killed with SIGKILL");
        Path launcherData = work.resolve("launcher-postgres");
        launcher = startLauncher(launcherData, 1);
        String marker = "Ghi trước khi tiến trình bị giết " + System.currentTimeMillis();
        long report = saveMarker(marker);
        say("started; bithu11 saved a draft of report " + report + " through REST");

        // 3a: only the launcher's JVM dies, as with kill -9 of the run command
        List<ProcessHandle> children = launcher.descendants().toList();
        Path pidFile = launcherData.resolve("postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        launcher.destroyForcibly();
        launcher.waitFor();
        Thread.sleep(1000);
        say("kill -9 of the launcher JVM: its Payara Micro " + (children.stream().anyMatch(ProcessHandle::isAlive) ? "is still running" : "died with it")
                + ", PostgreSQL (pid " + postmaster + ") " + (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false) ? "is still running" : "is gone"));
        launcher = startLauncher(launcherData, 2);
        check(children.stream().noneMatch(ProcessHandle::isAlive) && ProcessHandle.of(postmaster).map(h -> !h.isAlive()).orElse(true),
                "the new run command stopped the Payara Micro and the PostgreSQL left running (they would hold the port and the data)");
        check(restText(report).contains(marker), "the run command started again over what was left running, the draft is there");

        // 3b: everything dies at once (power cut, OOM killer): a stale postmaster.pid of a dead process
        killTree(launcher, launcherData);
        check(Files.exists(pidFile), "kill -9 of the launcher, Payara Micro and PostgreSQL: postmaster.pid is left behind");
        launcher = startLauncher(launcherData, 3);
        check(restText(report).contains(marker), "the run command started again over the stale postmaster.pid, the draft is there");

        // 3c: after a reboot the stale postmaster.pid may name a live process that is not PostgreSQL
        killTree(launcher, launcherData);
        Process decoy = new ProcessBuilder("sleep", "600").start();
        List<String> lines = new ArrayList<>(Files.readAllLines(pidFile));
        lines.set(0, String.valueOf(decoy.pid()));
        Files.write(pidFile, lines);
        say("postmaster.pid now names pid " + decoy.pid() + ", a live 'sleep' (as after a reboot)");
        try {
            launcher = startLauncher(launcherData, 4);
            check(restText(report).contains(marker), "the run command started again, the draft is there");
        } finally {
            decoy.destroy();
        }
        launcher.destroy();
        check(launcher.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) && !Files.exists(pidFile), "Ctrl-C (SIGTERM) stops the run command and its PostgreSQL");
        launcher = null;
    }

    // ---------------------------------------------------------------- 4. power cut: everything killed at once

    /** Tables allowed to differ outside the stream's own rows: none (the stream's rows are left out of the comparison). */
    private static final List<String> WRITTEN = List.of();

    /**
     * The README's run command ({@code mvn -o -q exec:java}: Maven's JVM running the launcher, its Payara Micro, and the
     * embedded PostgreSQL with its persistent data) while secretaries save and submit through REST; then SIGKILL to
     * every one of those processes at the same instant, a restart with the same command, and the check that every
     * acknowledged write is there, whole, and that nothing else changed. {@code runs} times on the same data.
     */
    private void powerCut(int runs) throws Exception {
        System.out.println();
        say("PART 4 — power cut: every process of the run command and every PostgreSQL process killed at once, " + runs + " times");
        say("(kill -9 is not a real power cut: the operating system's page cache survives it. What covers the loss of the"
                + " page cache is fsync=on and synchronous_commit=on, checked below in pg_settings after every restart)");
        Path powerData = work.resolve("powercut-postgres");
        Benchmark.deleteTree(powerData);
        launcher = startRunCommand(powerData, 0);
        List<String> figures = new ArrayList<>();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        for (int run = 1; run <= runs; run++) {
            System.out.println();
            say("power cut " + run + " of " + runs);
            List<Long> periods = createPeriods(BenchmarkUser.api(BASE, "quantri", PASSWORD), year, "MATDIEN-" + run + "-");
            java.time.Instant since = java.time.Instant.now();
            Map<String, String> before = tableFingerprints(periods, since);
            int run0 = run;
            long[][] result = new long[1][];
            long[] restartMillis = new long[1];
            streamAndKill(periods, 4 + 3 * run, () -> powerOff(powerData), log -> {
                long t = System.nanoTime();
                launcher = startRunCommand(powerData, run0);
                restartMillis[0] = millis(t);
                durableSettings();
                result[0] = verify(log, periods);
                Map<String, String> after = tableFingerprints(periods, since);
                List<String> changed = new ArrayList<>();
                for (var e : before.entrySet()) {
                    if (!e.getValue().equals(after.get(e.getKey()))) {
                        changed.add(e.getKey());
                    }
                }
                check(after.keySet().equals(before.keySet()) && changed.stream().allMatch(WRITTEN::contains),
                        "nothing else changed: every table outside the stream's reports is as it was before"
                                + " (changed: " + changed + "; the reports of other periods compared row by row)");
            });
            figures.add(String.format("| %d | %d | %d | %d | %d | %.1f s |", run, result[0][0], result[0][3], result[0][2], result[0][1],
                    restartMillis[0] / 1000.0));
        }
        System.out.println();
        System.out.println("| power cut | acknowledged writes | of them submissions | cut requests committed whole | lost | restart to first page |");
        System.out.println("|---|---|---|---|---|---|");
        figures.forEach(System.out::println);
        launcher.destroy();
        check(launcher.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "Ctrl-C (SIGTERM) stops the run command");
        launcher = null;
    }

    /** SIGKILL, at the same instant, to Maven's JVM, its Payara Micro, and the PostgreSQL of the data folder with its children. */
    private String powerOff(Path powerData) throws IOException, InterruptedException {
        List<ProcessHandle> victims = new ArrayList<>(launcher.descendants().toList());
        victims.add(launcher.toHandle());
        long postmaster = Long.parseLong(Files.readAllLines(powerData.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle.of(postmaster).ifPresent(h -> {
            victims.addAll(h.descendants().toList());
            victims.add(h);
        });
        // every postgres process on this data folder, whoever its parent
        ProcessHandle.allProcesses().filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(h -> {
                    try {
                        return Files.isSameFile(Path.of("/proc", String.valueOf(h.pid()), "cwd"), powerData);
                    } catch (IOException e) {
                        return false;
                    }
                }).filter(h -> !victims.contains(h)).forEach(victims::add);
        long postgres = victims.stream().filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false)).count();
        List<String> command = new ArrayList<>(List.of("kill", "-9"));
        victims.forEach(h -> command.add(String.valueOf(h.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
        for (ProcessHandle h : victims) {
            try {
                h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("process " + h.pid() + " did not die");
            }
        }
        launcher.waitFor();
        return "one kill -9 of " + victims.size() + " processes (" + (victims.size() - postgres) + " Java: Maven's JVM running the launcher"
                + " and its Payara Micro; " + postgres + " PostgreSQL: the postmaster and its workers)";
    }

    /** The persistent database keeps PostgreSQL's durable defaults, set on the command line over the library's -F. */
    private void durableSettings() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT string_agg(name || '=' || setting || ' (' || source || ')', ', ' ORDER BY name) FROM pg_settings"
                        + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            r.next();
            String settings = r.getString(1);
            check(settings.contains("fsync=on") && settings.contains("synchronous_commit=on") && settings.contains("full_page_writes=on"),
                    "pg_settings: " + settings);
        }
    }

    /**
     * Count and checksum of every table; for the tables the stream writes, only their rows outside the stream's
     * periods (account: without its sign-in bookkeeping), which must not change either.
     */
    private Map<String, String> tableFingerprints(List<Long> periods, java.time.Instant since) throws SQLException {
        String cutoff = "'" + since + "'::timestamptz";
        String in = periods.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
        String ours = "(SELECT id FROM report WHERE period_id IN (" + in + "))";
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                String rows = switch (table) {
                    case "report" -> "SELECT * FROM report WHERE id NOT IN " + ours;
                    case "report_value", "report_text", "report_item", "report_event" -> "SELECT * FROM " + table + " WHERE coalesce(report_id, -1) NOT IN " + ours;
                    case "notification" -> "SELECT * FROM notification WHERE coalesce(report_id, -1) NOT IN " + ours + " AND created_at < " + cutoff;
                    case "account" -> "SELECT id, username, organisation_id FROM account";
                    case "audit_entry" -> "SELECT * FROM audit_entry WHERE at < " + cutoff;
                    case "report_rollup", "figure_rollup" -> "SELECT * FROM " + table + " WHERE period_id NOT IN (" + in + ")";
                    default -> "SELECT * FROM " + table;
                };
                try (ResultSet r = s.executeQuery("SELECT count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-')"
                        + " FROM (" + rows + ") t")) {
                    r.next();
                    result.put(table, r.getString(1));
                }
            }
        }
        return result;
    }

    /** The README's run command, as a user types it (after the build): mvn -o -q exec:java, with the check's ports and data. */
    private Process startRunCommand(Path data, int run) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("mvn", "-o", "-q", "-e", "exec:java")
                .redirectErrorStream(true).redirectOutput(work.resolve("powercut-" + run + ".log").toFile()).directory(target.getParent().toFile());
        builder.environment().remove("DB_URL");
        builder.environment().remove("DB_USER");
        builder.environment().remove("DB_PASSWORD");
        builder.environment().put("PARTYTRACK_DATA", data.toString());
        builder.environment().put("PARTYTRACK_PORT", String.valueOf(HTTP_PORT));
        builder.environment().put("PARTYTRACK_DB_PORT", String.valueOf(DB_PORT));
        builder.environment().put("PARTYTRACK_BACKUP_NIGHTLY", "false");
        long t = System.nanoTime();
        Process p = builder.start();
        try {
            waitForOk(BASE + "/login.xhtml", Duration.ofMinutes(5), p);
        } catch (IOException e) {
            check(false, "run command #" + run + " did not come up: " + e.getMessage() + " (log: target/faults/powercut-" + run + ".log)");
            throw e;
        }
        say((run == 0 ? "run command (mvn -o -q exec:java)" : "restarted with the same command, without any manual step,") + " answers on "
                + HTTP_PORT + " after " + millis(t) + " ms (log: target/faults/powercut-" + run + ".log)");
        return p;
    }

    private Process startLauncher(Path launcherData, int run) throws IOException, InterruptedException {
        Path args = work.resolve("launcher-classpath.args");
        Files.writeString(args, "-cp \"" + BenchmarkServer.classpath().replace("\\", "\\\\") + "\"\n");
        ProcessBuilder builder = new ProcessBuilder(BenchmarkServer.javaBinary(), "-XX:+UseSerialGC", "-Dpartytrack.target=" + target,
                "@" + args, "vn.partytrack.platform.launch.PartyTrackLauncher")
                .redirectErrorStream(true).redirectOutput(work.resolve("launcher-" + run + ".log").toFile()).directory(target.getParent().toFile());
        builder.environment().remove("DB_URL");
        builder.environment().remove("DB_USER");
        builder.environment().remove("DB_PASSWORD");
        builder.environment().put("PARTYTRACK_DATA", launcherData.toString());
        builder.environment().put("PARTYTRACK_PORT", String.valueOf(HTTP_PORT));
        builder.environment().put("PARTYTRACK_DB_PORT", String.valueOf(DB_PORT));
        long t = System.nanoTime();
        Process p = builder.start();
        try {
            // only its own Payara Micro counts: one left running by a killed launcher may still answer on the port
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (p.descendants().noneMatch(h -> h.info().commandLine().map(c -> c.contains("payara-micro.jar")).orElse(false))) {
                if (!p.isAlive() || System.nanoTime() > until) {
                    throw new IOException("the run command started no Payara Micro" + (p.isAlive() ? "" : " (exited with " + p.exitValue() + ")"));
                }
                Thread.sleep(100);
            }
            waitForOk(BASE + "/login.xhtml", Duration.ofMinutes(5), p);
            say("run command #" + run + " answers on " + HTTP_PORT + " after " + millis(t) + " ms (log: target/faults/launcher-" + run + ".log)");
        } catch (IOException e) {
            check(false, "run command #" + run + " did not come up: " + e.getMessage());
            throw e;
        }
        return p;
    }

    /** SIGKILL to the launcher, its Payara Micro and the PostgreSQL of the data directory, all at once. */
    private static void killTree(Process launcher, Path launcherData) throws IOException, InterruptedException {
        List<ProcessHandle> victims = new ArrayList<>(launcher.descendants().toList());
        victims.add(launcher.toHandle());
        Path pidFile = launcherData.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())).ifPresent(h -> {
                victims.addAll(h.descendants().toList());
                victims.add(h);
            });
        }
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : victims) {
            try {
                h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("process " + h.pid() + " did not die");
            }
        }
        say("kill -9 of the launcher, Payara Micro and PostgreSQL (" + victims.size() + " processes)");
    }

    private static long saveMarker(String marker) throws IOException, InterruptedException {
        BenchmarkUser user = BenchmarkUser.api(BASE, "bithu11", PASSWORD);
        long period = ClusterCheck.latestPeriod(user);
        long report = ClusterCheck.ownReport(user, period);
        JsonObject current = user.json("/api/v1/reports/" + report).asJsonObject();
        HttpResponse<String> r = user.sendJson("PUT", "/api/v1/reports/" + report, Json.createObjectBuilder()
                .add("texts", Json.createObjectBuilder().add("SITUATION", marker))
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        if (r.statusCode() != 200) {
            throw new IOException("saving the marker answered " + r.statusCode() + ": " + r.body());
        }
        return report;
    }

    private static String restText(long report) throws IOException, InterruptedException {
        return BenchmarkUser.api(BASE, "bithu11", PASSWORD).json("/api/v1/reports/" + report).toString();
    }

    // ---------------------------------------------------------------- processes and helpers

    private void startServer() throws IOException, InterruptedException {
        serverRuns++;
        Path preboot = work.resolve("preboot.txt");
        // the launcher's own preboot commands: loopback only, sessions kept in memory on a single instance
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n"
                + "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n");
        List<String> command = new ArrayList<>(List.of(BenchmarkServer.javaBinary()));
        command.addAll(BenchmarkServer.PAYARA_JVM_OPTIONS);
        command.addAll(List.of("-Djava.io.tmpdir=" + work, "-jar", target.resolve("payara-micro.jar").toString(),
                "--nocluster", "--port", String.valueOf(HTTP_PORT), "--prebootcommandfile", preboot.toString(),
                "--deploy", target.resolve("partytrack.war").toString()));
        Path log = work.resolve("server-" + serverRuns + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // as PartyTrackLauncher passes them
        builder.environment().put("DB_URL", database.jdbcUrl());
        // as the run command does: the application's own login, Flyway as the owner
        builder.environment().put("DB_USER", EmbeddedDatabase.APP_USER);
        builder.environment().put("DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        builder.environment().put("DB_OWNER_USER", EmbeddedDatabase.USER);
        builder.environment().put("DB_OWNER_PASSWORD", EmbeddedDatabase.PASSWORD);
        builder.environment().put("PARTYTRACK_SAMPLE_DATA", "true");
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        long t = System.nanoTime();
        server = builder.start();
        waitForOk(BASE + "/login.xhtml", Duration.ofMinutes(5), server);
        say("Payara Micro with partytrack.war answers on 127.0.0.1:" + HTTP_PORT + " after " + millis(t) + " ms (log: target/faults/" + log.getFileName() + ")");
    }

    private static void waitForOk(String url, Duration timeout, Process process) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IOException("the process exited with " + process.exitValue() + " before " + url + " answered");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IOException(url + " did not answer 200 within " + timeout.toSeconds() + " s");
    }

    private Connection connect() throws SQLException {
        String url = database != null ? database.jdbcUrl() : "jdbc:postgresql://localhost:" + DB_PORT + "/" + EmbeddedDatabase.DATABASE;
        return DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    private long organisationOf(String username) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT organisation_id FROM account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String textsOf(long report) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT string_agg(body, ' ') FROM report_text WHERE report_id = ?")) {
            s.setLong(1, report);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null ? r.getString(1) : "";
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = a < 0 ? -1 : s.indexOf(to, a + from.length());
        return a < 0 || b < 0 ? "?" : s.substring(a + from.length(), b).strip();
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private void check(boolean ok, String what) {
        System.out.println((ok ? "  ✔ " : "  ✘ ") + what);
        failed |= !ok;
    }

    private static void say(String s) {
        System.out.println("• " + s);
    }

    private void stop() {
        if (launcher != null) {
            launcher.destroy(); // its shutdown hook stops Payara Micro and PostgreSQL
            try {
                if (!launcher.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            launcher = null;
            // and whatever a failed step left behind: the run command's server and its PostgreSQL
            for (Path pidFile : List.of(target.resolve("partytrack-" + HTTP_PORT + ".pid"), work.resolve("launcher-postgres/postmaster.pid"),
                    work.resolve("powercut-postgres/postmaster.pid"))) {
                try {
                    if (Files.exists(pidFile)) {
                        ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                                .filter(h -> h.info().commandLine().map(c -> c.contains(target.toString())).orElse(false))
                                .ifPresent(ProcessHandle::destroy);
                    }
                } catch (IOException | RuntimeException e) {
                    System.out.println("cleaning up " + pidFile + ": " + e);
                }
            }
        }
        if (server != null) {
            server.destroy();
            try {
                if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.out.println("stopping PostgreSQL: " + e);
            }
            database = null;
        }
    }
}
