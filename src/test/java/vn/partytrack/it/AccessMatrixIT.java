package vn.partytrack.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partytrack.bench.BenchmarkUser;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, through every door, generated from what the server actually offers: every operation of the
 * OpenAPI document and every page of the WAR is tried by every kind of caller, on records of the secretary's own
 * unit (MAU-HCSN-29) and, by another unit's secretary, on the same records (an id changed in the URL or in a view
 * parameter). The expected outcome of each is written down below; a new endpoint or page without a line here fails
 * the test, so nobody adds a door without deciding who may open it.
 * <p>
 * Outcomes ({@link #outcome}): {@code A} let through, {@code D} refused with 403, {@code N} not found for this
 * caller. Callers, in order: administrator, district staff, leadership, the standing committee, the unit's own
 * secretary, another unit's secretary. Without credentials every operation answers 401 and every page sends to the login form. Writes send a
 * body naming the own unit; a refused write must leave the database unchanged, and nothing another unit's secretary
 * is let through to (JSON, Excel, PDF, Word or a page) may name the own unit.
 */
class AccessMatrixIT extends ApiIT {

    static final String OTHER = "bithu28";
    static final List<String> CALLERS = List.of("quantri", "tochuc", "lanhdao", "thuongvu", "bithu29", OTHER);
    static final String OWN_UNIT = "MAU-HCSN-29";

    /** REST operations: method and path as in the OpenAPI document, then the outcome for each caller (administrator, staff, leadership, standing committee, own, other). */
    static final String OPERATIONS = """
            GET /api/v1/congresses                             | A A A A A A
            GET /api/v1/congresses/progress                    | A A A A D D
            GET /api/v1/congresses/terms                       | A A A A A A
            GET /api/v1/congresses/{id}                        | A A A A A D
            GET /api/v1/dashboard                              | A A A A D D
            GET /api/v1/dashboard/tracker                      | A A A A D D
            GET /api/v1/directive-implementations/own          | D D D D A A
            GET /api/v1/directive-implementations/{id}         | A A A A A D
            GET /api/v1/directives                             | A A A A A A
            GET /api/v1/directives/matrix                      | A A A A D D
            GET /api/v1/directives/{id}                        | A A A A A A
            GET /api/v1/exports/issues.{format}                | A A A A A A
            GET /api/v1/exports/matrix.{format}                | A A A A D D
            GET /api/v1/exports/organisations.{format}         | A A A A A A
            GET /api/v1/exports/tracker.{format}               | A A A A D D
            GET /api/v1/exports/ratings.{format}               | A A A A D D
            GET /api/v1/issues                                 | A A A A A A
            GET /api/v1/meetings                               | A A A A D D
            GET /api/v1/meetings/follow-up                     | A A A A D D
            GET /api/v1/meetings/own-tasks                     | D D D D A A
            GET /api/v1/meetings/{id}                          | A A A A D D
            GET /api/v1/notifications                          | A A A A A A
            GET /api/v1/organisations                          | A A A A A A
            GET /api/v1/organisations/{id}                     | A A A A A D
            GET /api/v1/organisations/{id}/history             | A A A A A D
            GET /api/v1/periods                                | A A A A A A
            GET /api/v1/periods/{id}                           | A A A A A A
            GET /api/v1/reports                                | A A A A A A
            GET /api/v1/reports/{id}                           | A A A A A D
            GET /api/v1/reports/{id}/previous                  | A A A A A D
            GET /api/v1/synthesis/draft                        | A A A A D D
            GET /api/v1/synthesis/draft.docx                   | A A A A D D
            GET /api/v1/synthesis/draft.pdf                    | A A A A D D
            GET /api/v1/synthesis/versions                     | A A A A D D
            GET /api/v1/synthesis/versions/{id}.docx           | A A A A D D
            GET /api/v1/synthesis/versions/{id}.pdf            | A A A A D D
            POST /api/v1/congresses                            | A A A A A D
            POST /api/v1/congresses/terms                      | A D D D D D
            POST /api/v1/congresses/{id}/stages                | D D D D A D
            POST /api/v1/congresses/{id}/stages/{stage}/accept | D A D D D D
            POST /api/v1/congresses/{id}/stages/{stage}/return | D A D D D D
            POST /api/v1/congresses/{id}/stages/{stage}/submit | D D D D A D
            POST /api/v1/directive-implementations             | A A A A A D
            POST /api/v1/directive-implementations/{id}/accept | D A D D D D
            POST /api/v1/directive-implementations/{id}/return | D A D D D D
            POST /api/v1/directive-implementations/{id}/submit | D D D D A D
            POST /api/v1/directives                            | A A D D D D
            POST /api/v1/directives/{id}/assignments           | A A D D D D
            POST /api/v1/meetings                              | D A D D D D
            POST /api/v1/meetings/{id}/issues                  | D A D D D D
            POST /api/v1/meetings/{id}/tasks                   | D A D D D D
            POST /api/v1/notifications/reminders               | A A D D D D
            POST /api/v1/notifications/{id}/read               | N N N N A N
            POST /api/v1/organisations                         | A D D D D D
            POST /api/v1/periods                               | A D D D D D
            POST /api/v1/registry-changes                      | A A D D D D
            POST /api/v1/reports                               | A A A A A D
            POST /api/v1/reports/accept                        | D A D D D D
            POST /api/v1/reports/{id}/accept                   | D A D D D D
            POST /api/v1/reports/{id}/comments                 | D A D D A D
            POST /api/v1/reports/{id}/lock                     | D A D D D D
            POST /api/v1/reports/{id}/return                   | D A D D D D
            POST /api/v1/reports/{id}/submit                   | D D D D A D
            POST /api/v1/reports/{id}/unlock-decision          | D A D D D D
            POST /api/v1/reports/{id}/unlock-request           | D D D D A D
            POST /api/v1/synthesis/versions                    | D A D D D D
            PUT /api/v1/congresses/{id}                        | D D D D A D
            PUT /api/v1/congresses/{id}/plan                   | D A D D D D
            PUT /api/v1/directive-implementations/{id}         | D D D D A D
            PUT /api/v1/directives/{id}                        | A A D D D D
            PUT /api/v1/issues/{id}                            | D A D D D D
            PUT /api/v1/meetings/own-tasks/{assignmentId}      | D D D D A D
            PUT /api/v1/meetings/tasks/{taskId}                | D A D D D D
            PUT /api/v1/meetings/{id}                          | D A D D D D
            PUT /api/v1/organisations/{id}                     | A D D D A D
            PUT /api/v1/periods/{id}                           | A D D D D D
            PUT /api/v1/reports/{id}                           | D D D D A D
            GET /api/v1/ratings                                | A A A A A A
            GET /api/v1/ratings/rule-sets                      | A A A A A A
            GET /api/v1/ratings/rule-sets/{code}               | A A A A A A
            PUT /api/v1/ratings/rule-sets/{code}               | A D D D D D
            POST /api/v1/ratings/rule-sets                     | A D D D D D
            GET /api/v1/ratings/deadlines/{year}               | A A A A A A
            GET /api/v1/ratings/distribution                   | A A A A D D
            GET /api/v1/ratings/report                         | A A A A D D
            GET /api/v1/ratings/report.docx                    | A A A A D D
            GET /api/v1/ratings/report.pdf                     | A A A A D D
            PUT /api/v1/ratings/deadlines/{year}               | A A D D D D
            GET /api/v1/ratings/tracker                        | A A A A D D
            GET /api/v1/ratings/{id}                           | A A A A A D
            POST /api/v1/ratings                               | A A A A A D
            POST /api/v1/ratings/{id}/appraisal                | D A D D D D
            POST /api/v1/ratings/{id}/comments                 | D A D D A D
            POST /api/v1/ratings/{id}/decision                 | D D D A D D
            POST /api/v1/ratings/{id}/return                   | D A D D D D
            POST /api/v1/ratings/{id}/submit                   | D D D D A D
            POST /api/v1/ratings/{id}/unlock-decision          | D A D D D D
            POST /api/v1/ratings/{id}/unlock-request           | D D D D A D
            PUT /api/v1/ratings/{id}                           | D D D D A D
            GET /api/v1/organisations/{id}/officers                   | D A D D A D
            POST /api/v1/organisations/{id}/officers                  | D A D D A D
            POST /api/v1/organisations/{id}/officers/{postId}/end     | D A D D A D
            POST /api/v1/organisations/{id}/officers/{postId}/remove  | D A D D D D
            PUT /api/v1/organisations/{id}/officers/committee         | D A D D A D
            POST /api/v1/organisations/{id}/officers/from-congress    | D A D D A D
            GET /api/v1/officers/watch                                | A A A A D D
            GET /api/v1/public-holidays                               | A A A A A A
            PUT /api/v1/public-holidays/{day}                         | A A D D D D
            POST /api/v1/public-holidays/{day}/remove                 | A A D D D D
            GET /api/v1/officers/counts                               | A A A A D D
            GET /api/v1/exports/officers.{format}                     | D A D D D D
            GET /api/v1/candidates                             | D A D D A A
            GET /api/v1/candidates/overdue                     | D A D D D D
            GET /api/v1/candidates/{id}                        | D A D D A D
            GET /api/v1/exports/candidates.{format}            | D A D D D D
            POST /api/v1/candidates                            | D A D D A D
            POST /api/v1/candidates/{id}/stages                | D A D D A D
            POST /api/v1/candidates/retention                  | D A D D D D
            POST /api/v1/candidates/{id}/erasure               | D A D D D D
            """;

    /** Pages: path in the WAR, then the outcome for each caller (administrator, staff, leadership, standing committee, own, other). */
    static final String PAGES = """
            account/list.xhtml             | A D D D D D
            assessment/report.xhtml        | A A A A A D
            assessment/tracker.xhtml       | A A A A D D
            audit/log.xhtml                | A D D D D D
            congress/congress.xhtml        | A A A A A D
            congress/progress.xhtml        | A A A A D D
            directive/implementation.xhtml | A A A A A D
            directive/list.xhtml           | A A A A A A
            directive/matrix.xhtml         | A A A A D D
            index.xhtml                    | A A A A A A
            issue/register.xhtml           | A A A A A A
            meeting/list.xhtml             | A A A A D D
            meeting/meeting.xhtml          | A A A A D D
            notification/list.xhtml        | A A A A A A
            organisation/changes.xhtml     | A A D D D D
            organisation/edit.xhtml        | A D D D A D
            organisation/list.xhtml        | A A A A A A
            organisation/view.xhtml        | A A A A A D
            period/list.xhtml              | A D D D D D
            synthesis/report.xhtml         | A A A A D D
            rating/rating.xhtml            | A A A A A D
            rating/tracker.xhtml           | A A A A D D
            rating/rules.xhtml             | A D D D D D
            officer/history.xhtml          | D A D D A D
            officer/watch.xhtml            | A A A A D D
            admission/candidate.xhtml      | D A D D A D
            admission/overdue.xhtml        | D A D D D D
            admission/pipeline.xhtml       | D A D D A D
            admission/holidays.xhtml       | A A A A A A
            """;

    Map<String, String> ids;

    @BeforeEach
    void findTheRecords() throws Exception {
        ids = ids();
    }

    /** Records of the own unit (and district-wide ones) that the path parameters point at. */
    Map<String, String> ids() throws Exception {
        long unit = id(OWN_UNIT);
        long period = count("SELECT max(period_id) FROM report WHERE organisation_id = " + unit);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("organisations/{id}", String.valueOf(unit));
        m.put("reports/{id}", String.valueOf(count("SELECT id FROM report WHERE organisation_id = " + unit + " AND period_id = " + period)));
        m.put("congresses/{id}", String.valueOf(count("SELECT min(id) FROM congress WHERE organisation_id = " + unit)));
        m.put("directive-implementations/{id}", String.valueOf(count("SELECT min(id) FROM directive_implementation WHERE organisation_id = " + unit)));
        m.put("directives/{id}", String.valueOf(count("SELECT min(id) FROM directive")));
        m.put("ratings/{id}", String.valueOf(count("SELECT max(id) FROM rating WHERE organisation_id = " + unit)));
        m.put("candidates/{id}", String.valueOf(count("SELECT min(id) FROM candidate WHERE organisation_id = " + unit)));
        m.put("meetings/{id}", String.valueOf(count("SELECT min(id) FROM review_meeting")));
        m.put("periods/{id}", String.valueOf(period));
        m.put("issues/{id}", String.valueOf(count("SELECT min(id) FROM report_item WHERE organisation_id = " + unit)));
        m.put("own-tasks/{assignmentId}", String.valueOf(count("SELECT min(id) FROM task_assignment WHERE organisation_id = " + unit)));
        m.put("tasks/{taskId}", String.valueOf(count("SELECT task_id FROM task_assignment WHERE organisation_id = " + unit + " ORDER BY id LIMIT 1")));
        m.put("notifications/{id}", String.valueOf(ownNotification()));
        m.put("versions/{id}", String.valueOf(synthesisVersion(period)));
        m.put("{postId}", String.valueOf(count("SELECT min(id) FROM officer_post WHERE organisation_id = " + unit)));
        m.put("{day}", "2031-07-15");
        m.put("{stage}", "KE_HOACH");
        m.put("{format}", "xlsx");
        m.put("{code}", "QD132-2018");
        m.put("{year}", String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear()));
        m.put("?period", String.valueOf(period));
        m.put("?term", String.valueOf(count("SELECT term_id FROM congress WHERE organisation_id = " + unit + " ORDER BY id LIMIT 1")));
        m.put("?directive", String.valueOf(count("SELECT directive_id FROM directive_implementation WHERE organisation_id = " + unit + " ORDER BY id LIMIT 1")));
        return m;
    }

    long ownNotification() throws SQLException {
        String where = " FROM notification WHERE account_id = (SELECT id FROM account WHERE username = 'bithu29')";
        if (count("SELECT count(*)" + where) == 0) {
            try (var c = TestDatabase.connect(); var s = c.createStatement()) {
                s.execute("INSERT INTO notification (account_id, created_at, kind, message_key) SELECT id, now(), 'REMINDER', "
                        + "'notification.reminder' FROM account WHERE username = 'bithu29'");
            }
        }
        return count("SELECT min(id)" + where);
    }

    long synthesisVersion(long period) throws SQLException {
        if (count("SELECT count(*) FROM synthesis_report") == 0) {
            Api staff = as("tochuc");
            // after the 2025 restructuring a year's units sit under several committees: the own unit's is named
            String committee = "&committee=" + count("SELECT parent_id FROM organisation WHERE code = '" + OWN_UNIT + "'");
            String draft = staff.get("api/v1/synthesis/draft?bloc=HCSN&period=" + period + committee).body();
            Api.Reply finalised = staff.post("api/v1/synthesis/versions?bloc=HCSN&period=" + period + committee, draft);
            assertThat(finalised.status()).as(finalised.body()).isEqualTo(201);
        }
        return count("SELECT min(id) FROM synthesis_report");
    }

    @Test
    void everyOperationOfTheApiAnswersEachCallerAsWrittenDown() throws Exception {
        JsonObject openapi;
        try (var reader = Json.createReader(new StringReader(Api.anonymous(base).get("/openapi").body()))) {
            openapi = reader.readObject();
        }
        String ownName = text("SELECT name FROM organisation WHERE code = '" + OWN_UNIT + "'");
        // a write names the own unit and the period, so that a refusal cannot hide behind a missing field
        String body = "{\"organisationId\":" + ids.get("organisations/{id}") + ",\"periodId\":" + ids.get("?period")
                + ",\"termId\":" + ids.get("?term") + ",\"directiveId\":" + ids.get("?directive") + "}";
        Map<String, String> observed = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        for (var path : openapi.getJsonObject("paths").entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                String m = method.toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(m)) {
                    continue;
                }
                String key = m + " " + path.getKey();
                String url = concrete(path.getKey());
                boolean write = !m.equals("GET");
                int anonymous = Api.anonymous(base).exchange(m, url, write ? "application/json" : null, write ? body : null).statusCode();
                if (anonymous != 401) {
                    faults.add(key + " answered " + anonymous + " without credentials");
                }
                StringBuilder outcomes = new StringBuilder();
                for (String caller : CALLERS) {
                    String before = write ? TestDatabase.fingerprint() : null;
                    HttpResponse<byte[]> r = as(caller).exchange(m, url, write ? "application/json" : null, write ? body : null);
                    String outcome = outcome(r.statusCode());
                    if (outcome.equals("D") && write && !before.equals(TestDatabase.fingerprint())) {
                        faults.add(key + " as " + caller + " was refused but changed the database");
                    }
                    if (caller.equals(OTHER) && r.statusCode() < 300 && Documents.text(r).contains(ownName)) {
                        faults.add(key + " as " + caller + " shows another unit's data (" + ownName + ")");
                    }
                    outcomes.append(outcomes.length() == 0 ? "" : " ").append(outcome);
                }
                observed.put(key, outcomes.toString());
            }
        }
        assertThat(faults).isEmpty();
        assertThat(observed).as("observed (paste after review):%n%s", render(observed)).isEqualTo(table(OPERATIONS));
    }

    @Test
    void everyPageAnswersEachCallerAsWrittenDown() throws Exception {
        String ownName = text("SELECT name FROM organisation WHERE code = '" + OWN_UNIT + "'");
        Map<String, String> observed = new TreeMap<>();
        Map<String, BenchmarkUser> sessions = new LinkedHashMap<>();
        String root = base.toString().substring(0, base.toString().length() - 1);
        for (String caller : CALLERS) {
            sessions.put(caller, BenchmarkUser.signedIn(root, caller, PASSWORD));
        }
        List<String> faults = new ArrayList<>();
        for (String page : pages()) {
            String url = "/" + page + pageParameters(page);
            HttpResponse<String> anonymous = BenchmarkUser.anonymous(root).get(url);
            if (!anonymous.body().contains(BenchmarkUser.LOGIN_MARKER)) {
                faults.add(page + " answered " + anonymous.statusCode() + " without a session");
            }
            StringBuilder outcomes = new StringBuilder();
            for (var session : sessions.entrySet()) {
                HttpResponse<String> r = session.getValue().get(url);
                String outcome = r.body().contains(BenchmarkUser.LOGIN_MARKER) ? "U"
                        : r.statusCode() == 200 && r.body().contains(BenchmarkUser.ERROR_MARKER) ? "!" : outcome(r.statusCode());
                if (session.getKey().equals(OTHER) && outcome.equals("A") && r.body().contains(ownName)) {
                    faults.add(page + " shows " + OTHER + " another unit's data (" + ownName + ")");
                }
                outcomes.append(outcomes.length() == 0 ? "" : " ").append(outcome);
            }
            observed.put(page, outcomes.toString());
        }
        assertThat(faults).isEmpty();
        assertThat(observed).as("observed (paste after review):%n%s", render(observed)).isEqualTo(table(PAGES));
    }

    /**
     * A: let through (2xx, or the input refused after access was granted: 400, 409); D: 403; N: 404 (the record is not
     * there for this caller); anything else by its number.
     */
    static String outcome(int status) {
        return status < 300 || status == 400 || status == 409 ? "A" : status == 403 ? "D" : status == 404 ? "N" : String.valueOf(status);
    }

    /** The pages of the WAR that people open: not the templates, the login page or the error pages. */
    static List<String> pages() throws Exception {
        TreeSet<String> pages = new TreeSet<>();
        try (ZipFile war = new ZipFile(System.getProperty("partytrack.war", "target/partytrack.war"))) {
            war.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".xhtml"))
                    .filter(n -> !n.startsWith("WEB-INF/") && !n.startsWith("META-INF/") && !n.startsWith("error/")
                            && !n.equals("login.xhtml") && !n.startsWith("resources/"))
                    .forEach(pages::add);
        }
        return List.copyOf(pages);
    }

    String pageParameters(String page) {
        return switch (page) {
            case "organisation/view.xhtml", "organisation/edit.xhtml" -> "?id=" + ids.get("organisations/{id}");
            case "assessment/report.xhtml" -> "?id=" + ids.get("reports/{id}");
            case "congress/congress.xhtml" -> "?id=" + ids.get("congresses/{id}");
            case "directive/implementation.xhtml" -> "?id=" + ids.get("directive-implementations/{id}");
            case "meeting/meeting.xhtml" -> "?id=" + ids.get("meetings/{id}");
            case "rating/rating.xhtml" -> "?id=" + ids.get("ratings/{id}");
            case "officer/history.xhtml" -> "?id=" + ids.get("organisations/{id}");
            case "admission/candidate.xhtml" -> "?id=" + ids.get("candidates/{id}");
            case "admission/pipeline.xhtml" -> "?organisation=" + ids.get("organisations/{id}");
            default -> "";
        };
    }

    /** The OpenAPI path with the own unit's records in place of its parameters, and the period where one is asked. */
    String concrete(String template) {
        String url = template.substring(1);
        for (var e : ids.entrySet()) {
            if (e.getKey().startsWith("{")) {
                url = url.replace(e.getKey(), e.getValue());
            } else if (!e.getKey().startsWith("?")) {
                url = url.replace(e.getKey(), e.getKey().substring(0, e.getKey().indexOf('{')) + e.getValue());
            }
        }
        return url + (url.contains("?") ? "&" : "?") + "period=" + ids.get("?period") + "&term=" + ids.get("?term") + "&bloc=HCSN";
    }

    static Map<String, String> table(String text) {
        Map<String, String> m = new TreeMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
            int bar = l.indexOf('|');
            m.put(l.substring(0, bar).strip(), l.substring(bar + 1).strip());
        });
        return m;
    }

    static String render(Map<String, String> observed) {
        int width = observed.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder b = new StringBuilder();
        observed.forEach((k, v) -> b.append(String.format("%-" + width + "s | %s%n", k, v)));
        return b.toString();
    }
}
