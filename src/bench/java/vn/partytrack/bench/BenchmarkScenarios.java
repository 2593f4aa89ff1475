package vn.partytrack.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The scenarios and what they need: the period and committee ids, the signed-in users (one HttpClient each) and the
 * secretaries with their reports, all resolved through the REST API before anything is measured.
 */
final class BenchmarkScenarios {

    /** A secretary account and its unit's report in the benchmarked period. */
    record SecretaryReport(String username, long reportId, String organisationCode, String status, boolean editable) {
    }

    /** A scenario ready to run at some concurrency: what it does, with how many users, and a remark for the table. */
    record Prepared(BenchmarkRun.Action action, int users, String note) {
    }

    private final BenchmarkOptions o;
    private final String base;
    private final BenchmarkUser staffApi;
    long period;
    String periodCode;
    /** The period of dashboard-committee-past; null when there is none (the scenario is skipped). */
    Long pastPeriod;
    String pastPeriodCode;
    Long committee;
    String committeeNote;
    private final List<SecretaryReport> secretaryReports = new ArrayList<>();
    private final List<BenchmarkUser> anonymous = new ArrayList<>();
    private final List<BenchmarkUser> staffPages = new ArrayList<>();
    private final List<BenchmarkUser> staffRest = new ArrayList<>();

    /** The scenarios that call the API as district staff (each needs a signed-in API client per user). */
    static boolean staffApi(String scenario) {
        return scenario.startsWith("rest-") || scenario.startsWith("rating-distribution-") || scenario.equals("candidates-overdue");
    }
    private final List<BenchmarkUser> secretaryPages = new ArrayList<>();
    private final List<Long> secretaryPageReports = new ArrayList<>();

    BenchmarkScenarios(BenchmarkOptions o) {
        this.o = o;
        this.base = o.baseUrl;
        this.staffApi = BenchmarkUser.api(base, o.staff, o.password);
    }

    /** The URL of a scenario's request, for the report (placeholders where each user differs). */
    String describe(String scenario) {
        String c = committee == null ? "<committee>" : String.valueOf(committee);
        return switch (scenario) {
            case "baseline" -> "GET /resources/baseline.html (public)";
            case "dashboard-bloc" -> "GET /index.xhtml?bloc=" + enc(o.bloc) + "&period=" + period + " (staff)";
            case "dashboard-committee" -> "GET /index.xhtml?committee=" + c + "&bloc=&period=" + period + " (staff)";
            case "dashboard-committee-past" -> "GET /index.xhtml?committee=" + c + "&bloc=&period="
                    + (pastPeriod == null ? "<past period>" : pastPeriod + " (" + pastPeriodCode + ")") + " (staff)";
            case "dashboard-national" -> "GET /index.xhtml?bloc=&period=" + period + " (staff)";
            case "tracker-bloc" -> "GET /assessment/tracker.xhtml?bloc=" + enc(o.bloc) + "&period=" + period + " (staff)";
            case "tracker-committee" -> "GET /assessment/tracker.xhtml?committee=" + c + "&bloc=&period=" + period + " (staff)";
            case "report-open" -> "GET /assessment/report.xhtml?id=<own report> (its secretary)";
            case "report-save" -> "PUT /api/v1/reports/<own report> with its content and version (its secretary, " + apiAuth() + ")";
            case "rest-organisations" -> "GET /api/v1/organisations?limit=50 (staff, " + apiAuth() + ")";
            case "rest-reports" -> "GET /api/v1/reports?period=" + period + "&limit=50 (staff, " + apiAuth() + ")";
            case "rating-tracker-committee" -> "GET /rating/tracker.xhtml?year=" + BenchmarkOptions.RATING_YEAR + "&committee=" + c + "&bloc= (staff)";
            case "rating-distribution-committee" -> "GET /api/v1/ratings/distribution?year=" + BenchmarkOptions.RATING_YEAR + "&committee=" + c
                    + " (staff, " + apiAuth() + ")";
            case "rating-distribution-national" -> "GET /api/v1/ratings/distribution?year=" + BenchmarkOptions.RATING_YEAR + " (staff, " + apiAuth() + ")";
            case "rest-officer-history" -> "GET /api/v1/organisations/<unit>/officers, 200 grassroots units in turn (Ban Tổ chức staff, " + apiAuth() + ")";
            case "candidates-overdue" -> "GET /api/v1/candidates/overdue?committee=" + c + "&limit=100 (Organisation Board staff, "
                    + apiAuth() + "; each read audited)";
            default -> scenario.startsWith("page:") ? "GET " + scenario.substring(5) + " (staff)" : scenario;
        };
    }

    private String apiAuth() {
        return o.apiSession ? "session cookie from the login form" : "HTTP Basic";
    }

    // ---- resolving ids and signing users in

    void resolve() throws IOException, InterruptedException {
        JsonArray periods = (JsonArray) staffApi.json("/api/v1/periods");
        if (o.period != null) {
            period = o.period;
            periodCode = periods.getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("id").longValue() == period)
                    .map(p -> p.getString("code")).findFirst().orElse("?");
        } else {
            JsonObject chosen = periods.getValuesAs(JsonObject.class).stream().filter(p -> p.getBoolean("open", false))
                    .findFirst().orElse(periods.isEmpty() ? null : periods.getJsonObject(0));
            if (chosen == null) {
                throw new IOException("no reporting period in the database");
            }
            period = chosen.getJsonNumber("id").longValue();
            periodCode = chosen.getString("code");
        }
        if (o.pastPeriod != null) {
            pastPeriod = o.pastPeriod;
            pastPeriodCode = periods.getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("id").longValue() == pastPeriod)
                    .map(p -> p.getString("code")).findFirst().orElse("?");
        } else {
            // the newest period that stands before the national dataset's transfers (NationalHistory): its figures
            // count the units under the committees they belonged to then, not today's
            periods.getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.get("cutoffDate") instanceof JsonString d
                            && LocalDate.parse(d.getString()).isBefore(NationalHistory.TRANSFERRED))
                    .max(Comparator.comparing(p -> LocalDate.parse(p.getString("cutoffDate"))))
                    .ifPresent(p -> {
                        pastPeriod = p.getJsonNumber("id").longValue();
                        pastPeriodCode = p.getString("code");
                    });
        }
        if (o.committee != null) {
            committee = o.committee;
            committeeNote = "given";
        } else {
            JsonObject page = (JsonObject) staffApi.json("/api/v1/organisations?includeInactive=true&sort=code&limit=50&q=" + enc(o.committeeCode));
            committee = page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .filter(r -> o.committeeCode.equalsIgnoreCase(r.getString("code", "")))
                    .map(r -> r.getJsonNumber("id").longValue()).findFirst().orElse(null);
            committeeNote = committee == null ? "not found: " + o.committeeCode : o.committeeCode;
        }
    }

    /** Signs in (or creates) the users the chosen scenarios need, {@code n} of each kind. */
    void prepareUsers(int n) throws Exception {
        List<String> s = o.scenarios;
        for (int i = 0; i < n; i++) {
            anonymous.add(BenchmarkUser.anonymous(base));
        }
        if (s.stream().anyMatch(x -> x.startsWith("dashboard-") || x.startsWith("tracker-") || x.startsWith("page:")
                || x.startsWith("rating-tracker-")) || (o.apiSession && s.stream().anyMatch(BenchmarkScenarios::staffApi))) {
            staffPages.addAll(parallel(Collections.nCopies(n, () -> BenchmarkUser.signedIn(base, o.staff, o.password))));
        }
        if (s.stream().anyMatch(BenchmarkScenarios::staffApi)) {
            for (int i = 0; i < n; i++) {
                // --api-session: the API called with the page session's cookie, no Authorization header
                staffRest.add(o.apiSession ? staffPages.get(i) : BenchmarkUser.api(base, o.staff, o.password));
            }
        }
        if (s.contains("report-open") || s.contains("report-save")) {
            discoverSecretaries(n);
        }
        if (s.contains("report-open") && !secretaryReports.isEmpty()) {
            List<Callable<BenchmarkUser>> logins = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SecretaryReport r = secretaryReports.get(i % secretaryReports.size());
                logins.add(() -> BenchmarkUser.signedIn(base, r.username(), o.password));
                secretaryPageReports.add(r.reportId());
            }
            secretaryPages.addAll(parallel(logins));
        }
    }

    /**
     * Finds each secretary's report in the period by asking the API as that secretary (it lists only the own unit's
     * reports), opening a draft where the unit has none yet (unless --no-create-drafts). Stops once there are enough.
     */
    void discoverSecretaries(int wanted) throws Exception {
        List<Callable<SecretaryReport>> probes = new ArrayList<>();
        for (int i = 1; i <= o.secretaryCount; i++) {
            String username = String.format(o.secretaryFormat, i);
            probes.add(() -> probe(username));
        }
        int batch = 8;
        int editable = 0;
        List<String> problems = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += batch) {
            for (SecretaryReport r : parallelLenient(probes.subList(from, Math.min(probes.size(), from + batch)), problems)) {
                if (r != null) {
                    secretaryReports.add(r);
                    editable += r.editable() ? 1 : 0;
                }
            }
            if (secretaryReports.size() >= wanted && editable >= wanted) {
                break;
            }
        }
        problems.stream().limit(5).forEach(p -> System.out.println("  secretary skipped: " + p));
        System.out.printf("  secretaries with a report in period %s: %d (%d editable: DRAFT or RETURNED)%n",
                periodCode, secretaryReports.size(), editable);
    }

    private SecretaryReport probe(String username) throws IOException, InterruptedException {
        BenchmarkUser api = BenchmarkUser.api(base, username, o.password);
        HttpResponse<String> r = api.getJson("/api/v1/reports?limit=5&period=" + period);
        if (r.statusCode() != 200) {
            throw new IOException(username + ": GET /api/v1/reports answered " + r.statusCode());
        }
        JsonArray rows = BenchmarkUser.object(r.body()).getJsonArray("rows");
        JsonObject row = rows.isEmpty() ? null : rows.getJsonObject(0);
        if (row == null || row.isNull("reportId")) {
            if (!o.createDrafts) {
                return null;
            }
            // the unit has no report in this period: its organisation from any other period, then open a draft
            JsonArray any = BenchmarkUser.object(api.getJson("/api/v1/reports?limit=1").body()).getJsonArray("rows");
            if (any.isEmpty()) {
                return null;
            }
            long organisation = any.getJsonObject(0).getJsonNumber("organisationId").longValue();
            HttpResponse<String> created = api.sendJson("POST", "/api/v1/reports",
                    "{\"organisationId\":" + organisation + ",\"periodId\":" + period + "}");
            if (created.statusCode() / 100 != 2) {
                throw new IOException(username + ": opening a draft answered " + created.statusCode() + " "
                        + BenchmarkUser.abbreviate(created.body()));
            }
            JsonObject d = BenchmarkUser.object(created.body());
            return new SecretaryReport(username, d.getJsonNumber("id").longValue(), d.getString("organisationCode", ""),
                    d.getString("status", ""), d.getJsonObject("actions").getBoolean("edit", false));
        }
        long id = row.getJsonNumber("reportId").longValue();
        String status = row.getString("status", "");
        boolean editable = false;
        if (status.equals("DRAFT") || status.equals("RETURNED")) {
            JsonObject d = (JsonObject) api.json("/api/v1/reports/" + id);
            editable = d.getJsonObject("actions").getBoolean("edit", false);
        }
        return new SecretaryReport(username, id, row.getString("organisationCode", ""), status, editable);
    }

    List<SecretaryReport> secretaryReports() {
        return secretaryReports;
    }

    // ---- the scenarios

    Prepared prepare(String scenario, int users) throws IOException, InterruptedException {
        String c = committee == null ? "" : String.valueOf(committee);
        return switch (scenario) {
            case "baseline" -> new Prepared(page(anonymous, u -> "/resources/baseline.html", null), users, "");
            case "dashboard-bloc" -> pages(users, "/index.xhtml?bloc=" + enc(o.bloc) + "&period=" + period, "id=\"districtHome\"");
            case "dashboard-committee" -> committee(users, "/index.xhtml?committee=" + c + "&bloc=&period=" + period, "id=\"districtHome\"");
            case "dashboard-committee-past" -> pastPeriod == null ? null
                    : committee(users, "/index.xhtml?committee=" + c + "&bloc=&period=" + pastPeriod, "id=\"districtHome\"");
            case "dashboard-national" -> pages(users, "/index.xhtml?bloc=&period=" + period, "id=\"districtHome\"");
            case "tracker-bloc" -> pages(users, "/assessment/tracker.xhtml?bloc=" + enc(o.bloc) + "&period=" + period, "id=\"tracker\"");
            case "tracker-committee" -> committee(users, "/assessment/tracker.xhtml?committee=" + c + "&bloc=&period=" + period, "id=\"tracker\"");
            case "report-open" -> reportOpen(users);
            case "report-save" -> reportSave(users);
            case "rest-organisations" -> new Prepared(rest(staffRest, "/api/v1/organisations?limit=50"), users, "");
            case "rest-reports" -> new Prepared(rest(staffRest, "/api/v1/reports?limit=50&period=" + period), users, "");
            case "rating-tracker-committee" -> committee(users, "/rating/tracker.xhtml?year=" + BenchmarkOptions.RATING_YEAR + "&committee=" + c + "&bloc=",
                    "id=\"ratings\"");
            case "rating-distribution-committee" -> committee == null ? null
                    : new Prepared(rest(staffRest, "/api/v1/ratings/distribution?year=" + BenchmarkOptions.RATING_YEAR + "&committee=" + c), users, "");
            case "rating-distribution-national" -> new Prepared(rest(staffRest, "/api/v1/ratings/distribution?year=" + BenchmarkOptions.RATING_YEAR),
                    users, "");
            case "rest-officer-history" -> officerHistory(users);
            // a committee's overdue admission steps (issue 21): the units to follow up and the first 100 candidates
            case "candidates-overdue" -> committee == null ? null
                    : new Prepared(rest(staffRest, "/api/v1/candidates/overdue?limit=100&committee=" + c), users, "");
            default -> {
                if (!scenario.startsWith("page:")) {
                    throw new IllegalArgumentException(scenario);
                }
                String path = scenario.substring(5); // any page (or API GET), as signed-in staff with the page session
                yield pages(users, path, path.startsWith("/api/") ? null : "</html>");
            }
        };
    }

    /**
     * A unit's officer history (a personal record: each read also writes its audit entry), as the organisation board's
     * staff read it, for 200 grassroots units taken in turn so that no one unit's rows stay hot.
     */
    private Prepared officerHistory(int users) throws IOException, InterruptedException {
        List<Long> units = new ArrayList<>();
        for (String type : List.of("DANG_BO_CO_SO", "CHI_BO_CO_SO")) {
            JsonObject page = (JsonObject) staffApi.json("/api/v1/organisations?limit=100&type=" + type);
            page.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> units.add(r.getJsonNumber("id").longValue()));
        }
        if (units.isEmpty()) {
            return null;
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        return new Prepared(u -> {
            long unit = units.get(Math.floorMod(next.getAndIncrement(), units.size()));
            HttpResponse<String> r = staffRest.get(u).getJson("/api/v1/organisations/" + unit + "/officers");
            return r.statusCode() == 200 && r.body().contains("\"posts\"") ? null : "HTTP " + r.statusCode() + " " + BenchmarkUser.abbreviate(r.body());
        }, users, units.size() + " units");
    }

    private Prepared pages(int users, String path, String marker) {
        return new Prepared(page(staffPages, u -> path, marker), users, "");
    }

    private Prepared committee(int users, String path, String marker) {
        if (committee == null) {
            return null;
        }
        return new Prepared(page(staffPages, u -> path, marker), users, "");
    }

    private Prepared reportOpen(int users) {
        if (secretaryPages.isEmpty()) {
            return null;
        }
        long distinct = secretaryPageReports.subList(0, users).stream().distinct().count();
        return new Prepared(page(secretaryPages, u -> "/assessment/report.xhtml?id=" + secretaryPageReports.get(u), "id=\"reportHeader\""),
                users, distinct < users ? distinct + " distinct reports" : "");
    }

    private interface PathOf {
        String of(int user);
    }

    private static BenchmarkRun.Action page(List<BenchmarkUser> pool, PathOf path, String marker) {
        return u -> checkPage(pool.get(u).get(path.of(u)), marker);
    }

    /** Pages answered from the server's page cache (X-Page-Cache: hit) and rendered for the request (miss). */
    static final java.util.concurrent.atomic.LongAdder PAGES_KEPT = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder PAGES_RENDERED = new java.util.concurrent.atomic.LongAdder();

    /** "n % served as kept", for a scenario whose pages went through the page cache (warm-up included). */
    static String keptNote() {
        long kept = PAGES_KEPT.sum();
        long all = kept + PAGES_RENDERED.sum();
        return all == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f %% of %d pages served as kept", 100.0 * kept / all, all);
    }

    /** Null when the page was served to a signed-in user with its content marker (if given), else what is wrong. */
    static String checkPage(HttpResponse<String> r, String marker) {
        r.headers().firstValue("X-Page-Cache").ifPresent(v -> ("hit".equals(v) ? PAGES_KEPT : PAGES_RENDERED).increment());
        if (r.statusCode() != 200) {
            return "HTTP " + r.statusCode() + " " + r.uri();
        }
        String body = r.body();
        if (body.contains(BenchmarkUser.LOGIN_MARKER)) {
            return "the login page instead of " + r.uri();
        }
        if (body.contains(BenchmarkUser.ERROR_MARKER)) {
            return "an error page for " + r.uri();
        }
        if (marker != null && !body.contains(marker)) {
            return "no " + marker + " in " + r.uri();
        }
        return null;
    }

    private static BenchmarkRun.Action rest(List<BenchmarkUser> pool, String path) {
        return u -> {
            HttpResponse<String> r = pool.get(u).getJson(path);
            return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode() + " " + BenchmarkUser.abbreviate(r.body());
        };
    }

    /** One editable report per user, never shared (a shared one would give 409s): at most as many users as reports. */
    private Prepared reportSave(int users) throws IOException, InterruptedException {
        List<SecretaryReport> editable = secretaryReports.stream().filter(SecretaryReport::editable).toList();
        if (editable.isEmpty()) {
            return null;
        }
        int n = Math.min(users, editable.size());
        List<BenchmarkUser> clients = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        long[] versions = new long[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            SecretaryReport r = editable.get(i);
            BenchmarkUser api = o.apiSession ? BenchmarkUser.signedIn(base, r.username(), o.password)
                    : BenchmarkUser.api(base, r.username(), o.password);
            JsonObject details = (JsonObject) api.json("/api/v1/reports/" + r.reportId());
            clients.add(api);
            forms.add(formWithoutVersion(details));
            versions[i] = details.getJsonNumber("version").longValue();
            ids[i] = r.reportId();
        }
        BenchmarkRun.Action action = u -> {
            BenchmarkUser api = clients.get(u);
            String body = forms.get(u) + ",\"version\":" + versions[u] + "}";
            HttpResponse<String> r = api.sendJson("PUT", "/api/v1/reports/" + ids[u], body);
            if (r.statusCode() == 200) {
                versions[u] = BenchmarkUser.object(r.body()).getJsonNumber("version").longValue();
                return null;
            }
            if (r.statusCode() == 409) {
                versions[u] = ((JsonObject) api.json("/api/v1/reports/" + ids[u])).getJsonNumber("version").longValue();
            }
            return "HTTP " + r.statusCode() + " " + BenchmarkUser.abbreviate(r.body());
        };
        return new Prepared(action, n, n < users ? "only " + n + " distinct editable reports: " + n + " users" : "");
    }

    /** The report's content as a ReportForm in JSON, still open for the version: {"numbers":…,…,"items":[…] */
    static String formWithoutVersion(JsonObject details) {
        JsonObjectBuilder form = Json.createObjectBuilder();
        form.add("numbers", orEmpty(details.get("numbers")));
        form.add("dates", orEmpty(details.get("dates")));
        form.add("texts", orEmpty(details.get("texts")));
        var items = Json.createArrayBuilder();
        JsonValue list = details.get("items");
        if (list instanceof JsonArray array) {
            for (JsonObject item : array.getValuesAs(JsonObject.class)) {
                var i = Json.createObjectBuilder();
                if (!item.isNull("kind")) {
                    i.add("kind", item.get("kind"));
                }
                if (item.containsKey("body") && !item.isNull("body")) {
                    i.add("body", item.get("body"));
                }
                items.add(i);
            }
        }
        form.add("items", items);
        String json = form.build().toString();
        return json.substring(0, json.length() - 1);
    }

    private static JsonValue orEmpty(JsonValue v) {
        return v instanceof JsonObject ? v : JsonValue.EMPTY_JSON_OBJECT;
    }

    // ---- helpers

    static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> result = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> parallelLenient(List<Callable<T>> tasks, List<String> problems) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> result = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                try {
                    result.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    problems.add(String.valueOf(e.getCause().getMessage()));
                }
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** Which secretary saves or opens which report, for the report file. */
    Map<String, String> assignments() {
        Map<String, String> m = new LinkedHashMap<>();
        for (SecretaryReport r : secretaryReports) {
            m.put(r.username(), r.organisationCode() + " report " + r.reportId() + " " + r.status() + (r.editable() ? " (editable)" : ""));
        }
        return m;
    }
}
