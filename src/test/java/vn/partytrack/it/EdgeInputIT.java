package vn.partytrack.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.net.URI;
import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at the edges (issue 7): random, oversized and malformed input sent to every REST operation the OpenAPI
 * document lists and to the main forms. Whatever comes in, the answer is never a 500 nor a stack trace, always a
 * message in the caller's language naming the field, and a refused request saves nothing (every table's checksum is
 * the same before and after). The seed is printed; {@code -Dpartytrack.fuzz.seed=…} replays a run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeInputIT extends ApiIT {

    static final long SEED = Long.getLong("partytrack.fuzz.seed", 20261129L);

    /** What a user must never read: class names, stack frames, SQL errors. */
    static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|Caused by|java\\.|jakarta\\.|vn\\.partytrack|org\\.(eclipse|glassfish|postgresql)"
            + "|ERROR:|SQLState", Pattern.CASE_INSENSITIVE);
    static final Pattern RAW_KEY = Pattern.compile("^[a-z]+(\\.[a-zA-Z0-9]+)+$");
    /** Letters only Vietnamese has: an English message must not contain them. */
    static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");

    /** Other test classes share the database: whatever a fuzzed request was allowed to change is put back after. */
    @BeforeAll
    static void keepTheData() throws SQLException {
        DataSnapshot.take();
    }

    @AfterAll
    static void putTheDataBack() throws SQLException {
        DataSnapshot.restore();
    }

    @Test
    @Order(3)
    void everyRestOperationAnswersBadInputWithAClearProblemAndSavesNothing() throws Exception {
        long started = System.nanoTime();
        RestFuzz fuzz = new RestFuzz(base, new Random(SEED));
        fuzz.run();
        System.out.printf("EdgeInputIT REST: seed %d, %d operations, %d requests, %d refused writes checked, %.1f s%n",
                SEED, fuzz.operations, fuzz.requests, fuzz.refusedWrites, (System.nanoTime() - started) / 1e9);
        assertThat(fuzz.failures).as("seed " + SEED).isEmpty();
        assertThat(fuzz.operations).isGreaterThan(60);
    }

    @Test
    @Order(1)
    void theFormsRefuseBadInputNextToTheFieldAndSaveNothing() throws Exception {
        long started = System.nanoTime();
        Ids ids = new Ids();
        FormFuzz fuzz = new FormFuzz(base, new Random(SEED + 1));
        fuzz.form("quantri", "organisation/edit.xhtml?id=" + ids.values.get("organisations/{id}"), "form", "form:save");
        fuzz.form(ids.secretaryOf("report", ids.values.get("reports/{id}")), "assessment/report.xhtml?id=" + ids.values.get("reports/{id}"),
                "report", "report:saveDraft");
        fuzz.form("tochuc", "meeting/meeting.xhtml?id=" + ids.values.get("meetings/{id}"), "meeting", "meeting:save");
        fuzz.form("tochuc", "meeting/meeting.xhtml?id=" + ids.values.get("meetings/{id}"), "raised", "raised:raise");
        fuzz.form(ids.secretaryOf("congress", ids.values.get("congresses/{id}")), "congress/congress.xhtml?id=" + ids.values.get("congresses/{id}"),
                "congress", "congress:saveDetails");
        fuzz.form("tochuc", "congress/congress.xhtml?id=" + ids.values.get("congresses/{id}"), "congress", "congress:savePlan");
        String implementation = ids.values.get("directive-implementations/{id}");
        fuzz.form(ids.secretaryOf("directive_implementation", implementation), "directive/implementation.xhtml?id=" + implementation, "impl", "impl:save");
        String rating = ids.values.get("ratings/{id}");
        fuzz.form(ids.secretaryOf("rating", rating), "rating/rating.xhtml?id=" + rating, "rating", "rating:save");
        fuzz.form(ids.secretary, "officer/history.xhtml?id=" + ids.values.get("organisations/{id}"), "officers", "officers:add");
        System.out.printf("EdgeInputIT forms: seed %d, %d forms, %d requests, %d refused submissions (%d messages next to a field), %.1f s%n",
                SEED + 1, fuzz.forms, fuzz.requests, fuzz.refused, fuzz.fieldMessages, (System.nanoTime() - started) / 1e9);
        assertThat(fuzz.failures).as("seed " + (SEED + 1)).isEmpty();
        assertThat(fuzz.fieldMessages).as("messages shown next to the fields").isPositive();
    }

    @Test
    @Order(2)
    void vietnameseTypedDecomposedIsStoredComposedFoundByItsComposedNameAndCountedAsTheSame() throws SQLException {
        Api admin = as("quantri");
        String name = "Chi bộ Kiểm thử Ánh Dương Ngữ Đức " + SEED;
        String decomposed = Edge.nfd(name);
        assertThat(decomposed).isNotEqualTo(name);

        Api.Reply created = admin.post("api/v1/organisations", "{\"code\":\"MAU-NFD-" + SEED % 10_000 + "\",\"name\":" + Edge.quote(decomposed)
                + ",\"typeCode\":\"CHI_BO_CO_SO\",\"blocCode\":\"HCSN\",\"sectorCode\":\"GIAO_DUC\",\"membersTotal\":3,\"membersFull\":3,\"membersProbationary\":0}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(DataSnapshot.text("SELECT name FROM organisation WHERE id = " + id)).isEqualTo(name);
        for (String query : List.of(name, decomposed, "kiem thu anh duong ngu duc")) {
            JsonArray rows = admin.get("api/v1/organisations?q=" + URLEncoder.encode(query, UTF_8)).json().getJsonArray("rows");
            assertThat(rows.getValuesAs(JsonObject.class)).as("search for " + query).extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(id);
        }

        Api staff = as("tochuc");
        String number = "Số " + SEED % 1000 + "-KH/ĐUK thử";
        String directive = "{\"kind\":\"CHI_THI\",\"issuer\":\"TW\",\"issuedOn\":\"2025-01-15\",\"title\":" + Edge.quote(Edge.nfd("Về việc kiểm thử"))
                + ",\"number\":";
        Api.Reply first = staff.post("api/v1/directives", directive + Edge.quote(Edge.nfd(number)) + "}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(DataSnapshot.text("SELECT number FROM directive WHERE id = " + first.json().getJsonNumber("id").longValue())).isEqualTo(number);
        for (String again : List.of(number, Edge.nfd(number))) {
            String before = TestDatabase.fingerprint();
            Api.Reply duplicate = staff.post("api/v1/directives", directive + Edge.quote(again) + "}");
            assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(400);
            assertThat(duplicate.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).contains("number");
            assertThat(TestDatabase.fingerprint()).isEqualTo(before);
        }
    }

    @Test
    @Order(2)
    void numbersAreReadAsSentOrRefusedNamingTheField() {
        Api admin = as("quantri").inLanguage("en");
        for (String members : List.of("1.5", "\"12\"", "99999999999999999999", "1e400", "true")) {
            Api.Reply reply = admin.post("api/v1/organisations", "{\"code\":\"MAU-NUM-1\",\"name\":\"Chi bộ số\",\"typeCode\":\"CHI_BO_CO_SO\","
                    + "\"membersTotal\":" + members + ",\"membersFull\":1,\"membersProbationary\":0}");
            assertThat(reply.status()).as(members + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).as(members)
                    .extracting(e -> e.getString("field")).contains("membersTotal");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The REST side: operations from /openapi, values by type
    // ---------------------------------------------------------------------------------------------------------------

    static final class RestFuzz {

        final URI base;
        final Random random;
        final List<String> failures = new ArrayList<>();
        final Ids ids;
        int operations;
        int requests;
        int refusedWrites;
        JsonObject schemas;

        RestFuzz(URI base, Random random) throws SQLException {
            this.base = base;
            this.random = random;
            this.ids = new Ids();
        }

        void run() throws SQLException {
            Api.Reply document = Api.anonymous(base).get(base.resolve("/openapi").toString());
            assertThat(document.status()).as("the OpenAPI document").isEqualTo(200);
            JsonObject openapi = document.json();
            schemas = openapi.getJsonObject("components").getJsonObject("schemas");
            List<Operation> all = new ArrayList<>();
            openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    all.add(new Operation(method.toUpperCase(Locale.ROOT), path, op.asJsonObject()));
                }
            }));
            // reads first, then edits, then the workflow steps (a step may move a record past where edits are allowed)
            all.sort(Comparator.comparingInt(Operation::rank).thenComparing(Operation::path).thenComparing(Operation::method));
            for (Operation op : all) {
                operations++;
                long started = System.nanoTime();
                int before = requests;
                exercise(op);
                System.out.printf("  %-60s %4d requests %6.1f s%n", op, requests - before, (System.nanoTime() - started) / 1e9);
            }
        }

        void exercise(Operation op) throws SQLException {
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonValue p : op.definition().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                JsonObject parameter = p.asJsonObject();
                String name = parameter.getString("name");
                if ("path".equals(parameter.getString("in"))) {
                    String value = ids.pathValue(op.path(), name);
                    if (value == null) {
                        failures.add(op + ": cannot exercise it, no sample value for path parameter " + name + " (add one to EdgeInputIT.Ids)");
                        return;
                    }
                    path.put(name, value);
                } else if ("query".equals(parameter.getString("in"))) {
                    query.put(name, ids.queryValue(name));
                }
            }
            String user = chooseUser(op, path, query);
            // path parameters: not numbers, too large, negative
            Map<String, String> types = new LinkedHashMap<>();
            for (JsonValue p : op.definition().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                JsonObject schema = p.asJsonObject().getJsonObject("schema");
                types.put(p.asJsonObject().getString("name"), schema == null ? "string" : schema.getString("type", "string"));
            }
            for (String name : path.keySet()) {
                for (String bad : badPathValues(path.get(name))) {
                    Map<String, String> p = new LinkedHashMap<>(path);
                    p.put(name, bad);
                    send(op, user, p, query, op.hasBody() ? "{}" : null, notANumber(types.get(name), bad) ? name : null);
                }
            }
            // query parameters, one at a time, the others sensible
            for (JsonValue p : op.definition().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                JsonObject parameter = p.asJsonObject();
                if (!"query".equals(parameter.getString("in"))) {
                    continue;
                }
                String name = parameter.getString("name");
                String type = parameter.getJsonObject("schema") == null ? "string" : parameter.getJsonObject("schema").getString("type", "string");
                for (String bad : badQueryValues(type)) {
                    Map<String, String> q = new LinkedHashMap<>(query);
                    q.put(name, bad);
                    send(op, user, path, q, op.hasBody() ? "{}" : null, notANumber(type, bad) ? name : null);
                }
            }
            if (op.hasBody()) {
                for (String body : bodies(op)) {
                    send(op, user, path, query, body, null);
                }
                send(op, user, path, query, "plain text", null);
            }
        }

        /** A value a number parameter cannot take: the answer must be a 400 naming that parameter. */
        static boolean notANumber(String type, String value) {
            return ("integer".equals(type) || "number".equals(type)) && !value.isBlank() && !value.strip().matches("-?\\d{1,18}");
        }

        /** The first of a unit secretary, district staff and the administrator who may call the operation at all. */
        String chooseUser(Operation op, Map<String, String> path, Map<String, String> query) {
            for (String user : List.of(ids.secretary, "tochuc", "quantri")) {
                Api.Reply r = call(op, user, "vi", path, query, op.hasBody() ? "{}" : null, "application/json");
                if (r.status() != 403 && r.status() != 401) {
                    return user;
                }
            }
            return "quantri";
        }

        /** Sends one request and checks the answer; {@code refusedField}, when given, must be named by a 400. */
        void send(Operation op, String user, Map<String, String> path, Map<String, String> query, String body, String refusedField) throws SQLException {
            String language = random.nextBoolean() ? "vi" : "en";
            String before = op.writes() ? TestDatabase.fingerprint() : null;
            String what = op + " as " + user + " [" + language + "] path=" + path + " query=" + abbreviate(query.toString()) + " body=" + abbreviate(body);
            Api.Reply r;
            try {
                r = call(op, user, language, path, query, body, "plain text".equals(body) ? "text/plain" : "application/json");
            } catch (IllegalStateException e) {
                failures.add(what + ": no answer: " + e.getMessage());
                return;
            }
            check(what, r, language, refusedField);
            if (op.writes() && r.status() >= 400) {
                refusedWrites++;
                String after = TestDatabase.fingerprint();
                if (!after.equals(before)) {
                    failures.add(what + ": refused with " + r.status() + " yet the data changed");
                }
            }
        }

        void check(String what, Api.Reply r, String language, String refusedField) {
            if (r.status() >= 500) {
                failures.add(what + ": " + r.status() + " " + abbreviate(r.body()));
                return;
            }
            // the answer is one the OpenAPI document describes for this operation: status, type and body
            String type0 = r.header("Content-Type") == null ? "" : r.header("Content-Type");
            String violations = Conformance.violations(base, r.method(), r.uri(), r.status(), r.headers(),
                    type0.contains("json") ? r.body() : null);
            if (!violations.isEmpty()) {
                failures.add(what + ": " + r.status() + " outside the OpenAPI document: " + abbreviate(violations));
            }
            String type = r.header("Content-Type") == null ? "" : r.header("Content-Type");
            boolean text = type.contains("json") || type.contains("text") || type.contains("html");
            if (text && r.body() != null && LEAK.matcher(r.status() >= 400 ? r.body() : "").find()) {
                failures.add(what + ": the answer leaks internals: " + abbreviate(r.body()));
            }
            if (r.status() < 400) {
                if (refusedField != null) {
                    failures.add(what + ": expected a 400 naming " + refusedField + ", got " + r.status());
                }
                return;
            }
            if (!type.startsWith("application/problem+json")) {
                failures.add(what + ": " + r.status() + " answered with " + type + " instead of a problem: " + abbreviate(r.body()));
                return;
            }
            JsonObject problem;
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                problem = reader.readObject();
            } catch (RuntimeException e) {
                failures.add(what + ": unreadable problem " + abbreviate(r.body()));
                return;
            }
            Messages bundle = language.equals("en") ? Messages.EN : Messages.VI;
            if (!bundle.values.contains(problem.getString("title", ""))) {
                failures.add(what + ": title not in the " + language + " bundle: " + problem.getString("title", ""));
            }
            if (problem.getInt("status", 0) != r.status()) {
                failures.add(what + ": problem status " + problem.getInt("status", 0) + " but HTTP " + r.status());
            }
            JsonArray errors = problem.getJsonArray("errors");
            List<String> texts = new ArrayList<>(List.of(problem.getString("title", ""), problem.getString("detail", "")));
            if (errors != null) {
                errors.getValuesAs(JsonObject.class).forEach(e -> texts.add(e.getString("message", "")));
            }
            for (String t : texts) {
                if (t.isBlank() || RAW_KEY.matcher(t).matches()) {
                    failures.add(what + ": a message is missing or a bare key: " + abbreviate(r.body()));
                }
                if (language.equals("en") && VIETNAMESE.matcher(t).find()) {
                    failures.add(what + ": Vietnamese in an English answer: " + t);
                }
            }
            if (r.status() == 400 && (errors == null || errors.isEmpty())) {
                failures.add(what + ": 400 without naming the field: " + abbreviate(r.body()));
            }
            if (refusedField != null && (r.status() != 400 || errors == null
                    || errors.getValuesAs(JsonObject.class).stream().noneMatch(e -> refusedField.equals(e.getString("field", ""))))) {
                failures.add(what + ": expected a 400 naming " + refusedField + ", got " + r.status() + " " + abbreviate(r.body()));
            }
        }

        Api.Reply call(Operation op, String user, String language, Map<String, String> path, Map<String, String> query, String body, String contentType) {
            requests++;
            String p = op.path();
            for (var e : path.entrySet()) {
                p = p.replace("{" + e.getKey() + "}", e.getValue());
            }
            StringBuilder url = new StringBuilder(p.startsWith("/") ? p.substring(1) : p);
            String sep = "?";
            for (var e : query.entrySet()) {
                if (e.getValue() != null) {
                    url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), UTF_8));
                    sep = "&";
                }
            }
            // any type may come back (a document, a spreadsheet): content negotiation must not hide the checks of the input
            // answers checked against the document in check(), collected with the other failures rather than thrown
            return Api.as(base, user, PASSWORD).unchecked().inLanguage(language).withHeader("Accept", "*/*").send(op.method(), url.toString(), body == null ? null : contentType, body);
        }

        List<String> badPathValues(String good) {
            return List.of("abc", "99999999999999999999", "-1", "1.5", "%F0%9F%98%80", "%E2%80%8B" + good);
        }

        List<String> badQueryValues(String type) {
            List<String> values = new ArrayList<>(List.of("", "%00\u0000", Edge.nfd("Bệnh viện Đống Đa"), "😀🇻🇳\u200b\u200d\ufeff",
                    Edge.longText(random, 400), "' OR 1=1 --"));
            if (!"string".equals(type)) {
                values.addAll(List.of("abc", "99999999999999999999", "-1", "1e5", "NaN", "0x10"));
            }
            return values;
        }

        /** Malformed syntax, wrong shapes, and the expected shape with fields replaced by edge values. */
        List<String> bodies(Operation op) {
            List<String> bodies = new ArrayList<>(List.of("{", "[1,2", "\"text\"", "[]", "null",
                    "{\"unexpected\":" + Edge.quote(Edge.longText(random, 100_000)) + "}"));
            JsonObject schema = op.bodySchema(schemas);
            if (schema == null || !schema.containsKey("properties")) {
                return bodies;
            }
            JsonObject properties = schema.getJsonObject("properties");
            List<String> names = new ArrayList<>(properties.keySet());
            for (int i = 0; i < 8; i++) {
                Map<String, String> fields = new LinkedHashMap<>();
                properties.forEach((name, definition) -> fields.put(name, Edge.plausible(random, resolve(definition.asJsonObject()))));
                int changes = 1 + random.nextInt(Math.min(3, names.size()));
                for (int c = 0; c < changes; c++) {
                    String name = names.get(random.nextInt(names.size()));
                    fields.put(name, Edge.bad(random, resolve(properties.getJsonObject(name))));
                }
                if (random.nextInt(4) == 0) {
                    fields.remove(names.get(random.nextInt(names.size())));
                }
                if (random.nextInt(4) == 0) {
                    fields.put("extra" + random.nextInt(100), Edge.bad(random, Json.createObjectBuilder().add("type", "string").build()));
                }
                StringBuilder json = new StringBuilder("{");
                fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(Edge.quote(k)).append(':').append(v));
                bodies.add(json.append('}').toString());
            }
            return bodies;
        }

        JsonObject resolve(JsonObject definition) {
            if (definition.containsKey("$ref")) {
                String name = definition.getString("$ref").substring("#/components/schemas/".length());
                return schemas.getJsonObject(name);
            }
            return definition;
        }
    }

    /** One method on one path, as the OpenAPI document describes it. */
    record Operation(String method, String path, JsonObject definition) {

        boolean hasBody() {
            return definition.containsKey("requestBody");
        }

        boolean writes() {
            return !method.equals("GET");
        }

        int rank() {
            if (method.equals("GET")) {
                return 0;
            }
            return path.matches(".*/(accept|return|lock|submit|unlock-request|unlock-decision|reminders|read|assignments)$") ? 2 : 1;
        }

        JsonObject bodySchema(JsonObject schemas) {
            JsonObject content = definition.getJsonObject("requestBody").getJsonObject("content");
            if (content == null || content.getJsonObject("application/json") == null) {
                return null;
            }
            JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
            if (schema != null && schema.containsKey("$ref")) {
                return schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()));
            }
            return schema;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Real records to aim at, so that a request gets past "not found" to the checks that matter. */
    static final class Ids {

        final String secretary;
        final Map<String, String> values = new LinkedHashMap<>();

        Ids() throws SQLException {
            // a report its secretary may still edit, so that requests get past the workflow to the checks of each field
            long report = DataSnapshot.number("SELECT min(r.id) FROM report r JOIN reporting_period p ON p.id = r.period_id"
                    + " WHERE r.status IN ('DRAFT', 'RETURNED') AND p.open");
            long unit = DataSnapshot.number("SELECT organisation_id FROM report WHERE id = " + report);
            secretary = DataSnapshot.text("SELECT username FROM account WHERE role = 'SECRETARY' AND organisation_id = " + unit + " ORDER BY id LIMIT 1");
            values.put("organisations/{id}", String.valueOf(unit));
            values.put("reports/{id}", String.valueOf(report));
            values.put("periods/{id}", String.valueOf(DataSnapshot.number("SELECT period_id FROM report WHERE id = " + report)));
            values.put("congresses/{id}", String.valueOf(DataSnapshot.number(
                    "SELECT coalesce(min(id) FILTER (WHERE organisation_id = " + unit + " AND held_from IS NULL),"
                            + " min(id) FILTER (WHERE held_from IS NULL), min(id)) FROM congress")));
            values.put("{stage}", DataSnapshot.text("SELECT code FROM congress_stage WHERE district_confirms ORDER BY sort_order LIMIT 1"));
            values.put("directives/{id}", String.valueOf(DataSnapshot.number("SELECT max(id) FROM directive")));
            values.put("directive-implementations/{id}", String.valueOf(DataSnapshot.number(
                    "SELECT coalesce(min(id) FILTER (WHERE organisation_id = " + unit + " AND status IN ('DRAFT', 'RETURNED')),"
                            + " min(id) FILTER (WHERE status IN ('DRAFT', 'RETURNED')), min(id))"
                            + " FROM directive_implementation")));
            values.put("meetings/{id}", String.valueOf(DataSnapshot.number("SELECT max(id) FROM review_meeting")));
            values.put("{taskId}", String.valueOf(DataSnapshot.number("SELECT max(id) FROM meeting_task")));
            values.put("{assignmentId}", String.valueOf(DataSnapshot.number(
                    "SELECT coalesce(min(id) FILTER (WHERE organisation_id = " + unit + "), min(id)) FROM task_assignment")));
            values.put("issues/{id}", String.valueOf(DataSnapshot.number("SELECT min(id) FROM report_item")));
            values.put("notifications/{id}", String.valueOf(DataSnapshot.number("SELECT coalesce(min(id), 1) FROM notification")));
            values.put("versions/{id}", String.valueOf(DataSnapshot.number("SELECT coalesce(min(id), 1) FROM synthesis_report")));
            values.put("ratings/{id}", String.valueOf(DataSnapshot.number(
                    "SELECT coalesce(min(id) FILTER (WHERE organisation_id = " + unit + " AND status IN ('DRAFT', 'RETURNED')),"
                            + " min(id) FILTER (WHERE status IN ('DRAFT', 'RETURNED')), min(id)) FROM rating")));
            values.put("{postId}", String.valueOf(DataSnapshot.number(
                    "SELECT coalesce(min(id) FILTER (WHERE organisation_id = " + unit + "), min(id), 1) FROM officer_post")));
            values.put("candidates/{id}", String.valueOf(DataSnapshot.number(
                    "SELECT coalesce(min(id) FILTER (WHERE organisation_id = " + unit + " AND stage = 'HOC_NHAN_THUC'),"
                            + " min(id) FILTER (WHERE stage = 'HOC_NHAN_THUC'), min(id)) FROM candidate")));
            values.put("{day}", "2031-07-15");
            values.put("{format}", "xlsx");
            values.put("{year}", String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear()));
            // a rule set no rating was decided under, if there is one, so that a change gets past the frozen check to its fields
            values.put("{code}", DataSnapshot.text("SELECT coalesce((SELECT min(s.code) FROM rating_rule_set s WHERE NOT EXISTS ("
                    + "SELECT 1 FROM rating r WHERE r.rule_set_id = s.id AND r.decided_level IS NOT NULL)), 'QD366-2025')"));
            values.put("q:period", values.get("periods/{id}"));
            values.put("q:term", String.valueOf(DataSnapshot.number("SELECT max(id) FROM congress_term")));
            values.put("q:organisation", String.valueOf(unit));
            values.put("q:bloc", "HCSN");
            values.put("q:year", String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear()));
        }

        /** The value for a path parameter: the longest known "segment/{name}" or "{name}" the path ends with there. */
        String pathValue(String path, String name) {
            String token = "{" + name + "}";
            String before = path.substring(0, path.indexOf(token)).replaceAll("/$", "");
            String segment = before.substring(before.lastIndexOf('/') + 1);
            String specific = values.get(segment + "/" + token);
            if (specific != null) {
                return specific;
            }
            if (name.equals("id")) {
                // synthesis/versions/{id}.docx and the like
                String previous = before.substring(0, Math.max(0, before.lastIndexOf('/')));
                String owner = previous.substring(previous.lastIndexOf('/') + 1);
                return values.get(owner + "/" + token);
            }
            return values.get(token);
        }

        /** The secretary of the organisation a record belongs to. */
        String secretaryOf(String table, String id) throws SQLException {
            return DataSnapshot.text("SELECT a.username FROM account a JOIN " + table + " x ON x.organisation_id = a.organisation_id"
                    + " WHERE x.id = " + id + " AND a.role = 'SECRETARY' ORDER BY a.id LIMIT 1");
        }

        String queryValue(String name) {
            return values.get("q:" + name);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The pages: a signed-in session, the form as rendered, posted back with edge values
    // ---------------------------------------------------------------------------------------------------------------

    static final class FormFuzz {

        static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
        static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
        /** Messages at the top, next to a PrimeFaces input, or in the pages' own field-error spans. */
        static final Pattern ERROR = Pattern.compile("class=\"(?:ui-messages?-error-(?:summary|detail)|pt-field-error)\"[^>]*>\\s*([^<\\s][^<]*)<");
        static final Pattern INFO = Pattern.compile("class=\"ui-messages?-info-(?:summary|detail)\"[^>]*>([^<]+)<");
        static final Pattern FIELD_ERROR = Pattern.compile("class=\"(?:ui-message-error-detail|pt-field-error)\"[^>]*>\\s*([^<\\s][^<]*)<");
        /** Internals a page must not show: exception names, stack frames, SQL, and Faces' own English defaults with client ids. */
        static final Pattern PAGE_LEAK = Pattern.compile("Exception|Caused by|\\bat vn\\.partytrack|org\\.(eclipse|postgresql)\\.|ERROR:|Validation Error|Conversion Error");
        static final Pattern CLIENT_ID = Pattern.compile("\\b[a-zA-Z]+:[a-zA-Z_]+\\b");

        final URI base;
        final Random random;
        final List<String> failures = new ArrayList<>();
        int forms;
        int requests;
        int refused;
        int fieldMessages;

        FormFuzz(URI base, Random random) {
            this.base = base;
            this.random = random;
        }

        void form(String user, String page, String formId, String button) throws Exception {
            forms++;
            String language = forms % 2 == 0 ? "en" : "vi";
            Session session = new Session(base, language);
            session.login(user);
            requests += 2;
            for (int i = 0; i < 7; i++) {
                HttpResponse<String> shown = session.get(page);
                requests++;
                if (shown.statusCode() != 200 || !shown.body().contains("<form id=\"" + formId + "\"")
                        || !shown.body().contains("name=\"" + button + "\"")) {
                    failures.add(page + " as " + user + ": cannot exercise the form " + formId + " (" + shown.statusCode() + ")");
                    return;
                }
                Map<String, String> fields = fields(shown.body(), formId);
                List<String> fuzzable = fields.keySet().stream().filter(FormFuzz::fuzzable).toList();
                if (fuzzable.isEmpty()) {
                    failures.add(page + ": the form " + formId + " has no fields to fill in");
                    return;
                }
                Map<String, String> sent = new LinkedHashMap<>(fields);
                int changes = 1 + random.nextInt(Math.min(3, fuzzable.size()));
                for (int c = 0; c < changes; c++) {
                    String name = fuzzable.get(random.nextInt(fuzzable.size()));
                    sent.put(name, value(name, fields));
                }
                sent.put(button, "");
                String before = TestDatabase.fingerprint();
                HttpResponse<String> answer = session.post(page, sent);
                requests++;
                String what = "POST " + page + " " + button + " as " + user + " [" + language + "] changed "
                        + abbreviate(sent.entrySet().stream().filter(e -> !e.getValue().equals(fields.get(e.getKey())) && !e.getKey().equals(button))
                        .map(e -> e.getKey() + "=" + e.getValue()).toList().toString());
                check(what, answer, language, before);
            }
        }

        void check(String what, HttpResponse<String> answer, String language, String before) throws SQLException {
            int status = answer.statusCode();
            if (status >= 400) {
                failures.add(what + ": " + status + " " + abbreviate(answer.body().replaceAll("(?s)<head>.*</head>", "")));
                return;
            }
            if (status == 302 || status == 303) {
                String location = answer.headers().firstValue("Location").orElse("");
                if (location.contains("/error/") || location.contains("login")) {
                    failures.add(what + ": sent to " + location);
                }
                return;
            }
            String body = answer.body();
            String visible = body.replaceAll("(?s)<script[^>]*>.*?</script>", "");
            java.util.regex.Matcher leak = PAGE_LEAK.matcher(visible);
            if (leak.find()) {
                failures.add(what + ": the page shows internals: …" + abbreviate(visible.substring(Math.max(0, leak.start() - 100), Math.min(visible.length(), leak.end() + 200))));
            }
            List<String> messages = new ArrayList<>();
            ERROR.matcher(visible).results().forEach(m -> messages.add(m.group(1).strip()));
            long nextToFields = FIELD_ERROR.matcher(visible).results().count();
            for (String m : messages) {
                if (m.isEmpty() || RAW_KEY.matcher(m).matches() || CLIENT_ID.matcher(m).find()) {
                    failures.add(what + ": unclear message \"" + m + "\"");
                }
                if (language.equals("en") && VIETNAMESE.matcher(m).find()) {
                    failures.add(what + ": Vietnamese in an English page: " + m);
                }
            }
            String after = TestDatabase.fingerprint();
            if (!messages.isEmpty()) {
                refused++;
                fieldMessages += (int) nextToFields;
                if (!after.equals(before)) {
                    failures.add(what + ": refused (" + messages + ") yet the data changed");
                }
            } else if (after.equals(before) && !INFO.matcher(visible).find()) {
                failures.add(what + ": nothing saved and no message said why");
            }
        }

        static boolean fuzzable(String name) {
            return name.contains(":") && !name.endsWith("_filter") && !name.endsWith("_focus") && !name.startsWith("jakarta.faces");
        }

        /** An edge value suited to the control: numbers for number inputs, dates for date pickers, anything for text. */
        String value(String name, Map<String, String> fields) {
            String original = fields.get(name);
            if (name.endsWith("_hinput") || fields.containsKey(name.replace("_input", "_hinput")) && name.endsWith("_input")) {
                String[] numbers = {"abc", "-1", "99999999999999999999", "1e400", "1,5", "NaN", "", "-2147483649", "2147483648", "١٢"};
                return numbers[random.nextInt(numbers.length)];
            }
            if (original != null && original.matches("\\d{2}/\\d{2}/\\d{4}")) {
                String[] dates = {"31/02/2025", "99/99/9999", "01/01/99999", "hôm nay", "2025-06-15", "00/00/0000", "01/13/2025", "", "31/12/-0001"};
                return dates[random.nextInt(dates.length)];
            }
            int pick = random.nextInt(12);
            return switch (pick) {
                case 0 -> Edge.longText(random, 100_000);
                case 1 -> Edge.longText(random, 301 + random.nextInt(3000));
                case 2 -> Edge.nfd("Đảng bộ Trường Tiểu học Ánh Dương " + random.nextInt(1000));
                case 3 -> "999999999";
                case 4 -> "-1";
                default -> {
                    String t = Edge.TEXTS[random.nextInt(Edge.TEXTS.length)];
                    yield t == null ? "" : t;
                }
            };
        }

        /** The named controls of one form with the values the page rendered (the selected option of a select). */
        static Map<String, String> fields(String html, String formId) {
            int start = html.indexOf("<form id=\"" + formId + "\"");
            String form = html.substring(start, html.indexOf("</form>", start));
            Map<String, String> fields = new LinkedHashMap<>();
            java.util.regex.Matcher m = CONTROL.matcher(form);
            while (m.find()) {
                String attributes = m.group(2);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                if (name == null || "submit".equals(type) || "button".equals(type) || attributes.contains("disabled")) {
                    continue;
                }
                if (("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
                    continue;
                }
                String value = switch (m.group(1)) {
                    case "select" -> {
                        String options = form.substring(m.end(), form.indexOf("</select>", m.end()));
                        java.util.regex.Matcher selected = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(options);
                        yield selected.find() ? selected.group(1) : "";
                    }
                    case "textarea" -> form.substring(m.end(), form.indexOf("</textarea>", m.end()));
                    default -> attribute(attributes, "value") == null ? ("checkbox".equals(type) ? "on" : "") : attribute(attributes, "value");
                };
                fields.putIfAbsent(name, unescape(value));
            }
            // PrimeFaces' script adds its view's nonce to every postback (Content-Security-Policy mode, web.xml)
            java.util.regex.Matcher nonce = NONCE.matcher(html);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            return fields;
        }

        static String attribute(String attributes, String name) {
            java.util.regex.Matcher m = Pattern.compile("(?<![-\\w])" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? m.group(1) : null;
        }

        static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        }
    }

    /** A browser without a browser: cookies, the form login, GET and POST of url-encoded forms. */
    static final class Session {

        final URI base;
        final String language;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Session(URI base, String language) {
            this.base = base;
            this.language = language;
        }

        void login(String user) throws Exception {
            HttpResponse<String> page = get("login.xhtml");
            if (language.equals("en")) {
                Map<String, String> switchTo = FormFuzz.fields(page.body(), "lang");
                switchTo.put("lang:lang-en", "lang:lang-en");
                post("login.xhtml", switchTo);
                page = get("login.xhtml");
            }
            Map<String, String> fields = FormFuzz.fields(page.body(), "login");
            fields.put("login:username", user);
            fields.put("login:password", PASSWORD);
            fields.put("login:submit", "");
            HttpResponse<String> signedIn = post("login.xhtml", fields);
            assertThat(signedIn.statusCode()).as("login of " + user).isIn(302, 303);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            StringBuilder form = new StringBuilder();
            fields.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(k, UTF_8)).append('=').append(URLEncoder.encode(v, UTF_8)));
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Values
    // ---------------------------------------------------------------------------------------------------------------

    /** Edge values, as JSON text. */
    static final class Edge {

        static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ";

        static String nfd(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFD);
        }

        static String longText(Random random, int length) {
            StringBuilder b = new StringBuilder(length);
            while (b.length() < length) {
                b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            return b.toString();
        }

        static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    default -> {
                        if (c < 0x20 || Character.isSurrogate(c)) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }

        static String plausible(Random random, JsonObject definition) {
            if (definition == null) {
                return "null";
            }
            if (definition.containsKey("enum")) {
                JsonArray values = definition.getJsonArray("enum");
                return values.get(random.nextInt(values.size())).toString();
            }
            String type = definition.getString("type", "object");
            String format = definition.getString("format", "");
            return switch (type) {
                case "string" -> format.equals("date") ? "\"2025-06-15\"" : format.equals("date-time") ? "\"2025-06-15T08:00:00Z\"" : quote("Kiểm tra " + random.nextInt(1000));
                case "integer", "number" -> String.valueOf(1 + random.nextInt(20));
                case "boolean" -> "true";
                case "array" -> "[]";
                default -> "{}";
            };
        }

        static final String[] TEXTS = {
                "", "   ", "\u0000", "a\u0000b", "\u0007\u001b[31m", "\u200b\u200c\u200d\ufeff", "\u202eabc",
                "😀👨‍👩‍👧‍👦🇻🇳", "\ud800", "Đảng bộ Phường Bạch Đằng", null, "<script>alert(1)</script>", "' OR 1=1 --", "%s%n${x}"};
        static final String[] NUMBERS = {"-1", "0", "-2147483649", "2147483648", "99999999999999999999", "1e400", "-1e400", "1.5",
                "9223372036854775807", "-9223372036854775808", "1E+2", "\"NaN\"", "\"Infinity\"", "\"12\"", "\"abc\"", "true", "{}", "[]"};
        static final String[] DATES = {"\"2025-02-30\"", "\"2025-13-01\"", "\"31/12/2025\"", "\"0000-00-00\"", "\"+999999999-12-31\"",
                "\"-999999999-01-01\"", "\"+10000-01-01\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"1900-01-01\"", "\"2025-06-15T08:00\"",
                "\"\"", "20250615", "\"hôm nay\""};

        static String bad(Random random, JsonObject definition) {
            String type = definition == null ? "object" : definition.getString("type", "object");
            String format = definition == null ? "" : definition.getString("format", "");
            int pick = random.nextInt(10);
            if (pick == 0) {
                return "null";
            }
            return switch (type) {
                case "string" -> {
                    if (format.startsWith("date")) {
                        yield DATES[random.nextInt(DATES.length)];
                    }
                    if (pick == 1) {
                        yield NUMBERS[random.nextInt(NUMBERS.length)];
                    }
                    if (pick <= 3) {
                        yield quote(longText(random, pick == 2 ? 100_000 : 301 + random.nextInt(2000)));
                    }
                    if (pick == 4) {
                        yield quote(nfd("Chi bộ Trường Tiểu học Ánh Dương " + random.nextInt(1000)));
                    }
                    String t = TEXTS[random.nextInt(TEXTS.length)];
                    yield t == null ? "null" : quote(t);
                }
                case "integer", "number" -> NUMBERS[random.nextInt(NUMBERS.length)];
                case "boolean" -> pick < 5 ? "\"yes\"" : "2";
                case "array" -> pick < 4 ? "[null]" : pick < 7 ? "[\"abc\", -1, 99999999999999999999]" : "{}";
                default -> pick < 5 ? "[]" : "\"text\"";
            };
        }
    }

    /** The bundle's texts in one language, to tell that an answer speaks it. */
    static final class Messages {

        static final Messages VI = new Messages(Locale.forLanguageTag("vi"));
        static final Messages EN = new Messages(Locale.ENGLISH);

        final Set<String> values = new TreeSet<>();

        Messages(Locale locale) {
            ResourceBundle bundle = ResourceBundle.getBundle(vn.partytrack.platform.Messages.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            bundle.keySet().forEach(k -> values.add(bundle.getString(k)));
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        String visible = s.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 300 ? visible.substring(0, 300) + "…(" + s.length() + " chars)" : visible;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The database: checksums, and a copy to put back
    // ---------------------------------------------------------------------------------------------------------------

    static final class DataSnapshot {

        static final String BACKUP = "edge_input_backup";

        static List<String> tables() throws SQLException {
            List<String> tables = new ArrayList<>();
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                         + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            return tables;
        }

        static long number(String sql) throws SQLException {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        static String text(String sql) throws SQLException {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getString(1);
            }
        }

        static void take() throws SQLException {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + BACKUP + " CASCADE");
                s.execute("CREATE SCHEMA " + BACKUP);
                for (String t : tables()) {
                    s.execute("CREATE TABLE " + BACKUP + "." + t + " AS TABLE public." + t);
                }
            }
        }

        /** Puts every table back as it was, without firing triggers or checking keys on the way (needs a superuser). */
        static void restore() throws SQLException {
            try (Connection c = superuser(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("SET LOCAL session_replication_role = replica");
                for (String t : tables()) {
                    s.execute("DELETE FROM public." + t);
                    s.execute("INSERT INTO public." + t + " SELECT * FROM " + BACKUP + "." + t);
                }
                s.execute("DROP SCHEMA " + BACKUP + " CASCADE");
                c.commit();
            }
        }

        private static Connection superuser() throws SQLException {
            String url = System.getProperty("partytrack.test.db.url");
            String user = System.getenv().getOrDefault("DB_SUPERUSER", "postgres");
            return DriverManager.getConnection(url, user, System.getenv().getOrDefault("DB_SUPERUSER_PASSWORD", "postgres"));
        }
    }
}
