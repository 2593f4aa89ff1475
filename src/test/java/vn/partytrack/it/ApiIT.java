package vn.partytrack.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of the integration tests that talk to the server from outside: the real WAR deployed on Payara Micro
 * ({@link Deployments}), the address it answers on, REST clients signed in as the sample accounts ({@link Api}), and
 * the helpers the tests share to read the database and to write request bodies. A test class that needs a deployment
 * of its own (SecurityIT) keeps it and uses the static helpers here.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApiIT {

    /** SQL for the day in Hanoi, as the server counts it: the tests' connections run in UTC, where CURRENT_DATE lags 7 hours. */
    public static final String HANOI_TODAY = "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";

    /** The password of every sample account. */
    public static final String PASSWORD = "PartyTrack@2020";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.partytrack();
    }

    @ArquillianResource
    protected URL deploymentUrl;

    /** The application's root, ending in a slash ({@code http://127.0.0.1:port/partytrack/}). */
    protected URI base;

    @BeforeEach
    protected void base() {
        base = Deployments.base(deploymentUrl);
    }

    /** A REST client signed in as this sample account. */
    protected Api as(String username) {
        return Api.as(base, username, PASSWORD);
    }

    // ---- the database

    /** The first column of the first row as a number: a count, an id. */
    public static long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Moves the figures stamp (V25) as a change would: the next dashboard or tracker is computed, not served from
     * {@code KeptFigures}, for a test that counts the statements a computation takes.
     */
    public static void freshFigures() throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE figures_stamp SET stamp = stamp + 1");
        }
    }

    /** The first column of the first row as text. */
    public static String text(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** The first column of every row as numbers. */
    public static List<Long> longs(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getLong(1));
            }
            return values;
        }
    }

    /** The id of the organisation with this code. */
    public static long id(String code) throws SQLException {
        return count("SELECT id FROM organisation WHERE code = '" + code + "'");
    }

    /** The name of the organisation with this id. */
    public static String name(long id) throws SQLException {
        return text("SELECT name FROM organisation WHERE id = " + id);
    }

    /** The whole stored row of an organisation as text, to prove a refused request changed nothing. */
    public static String row(long id) throws SQLException {
        return text("SELECT o::text FROM organisation o WHERE id = " + id);
    }

    // ---- requests and answers

    /** The id of this year's reporting period, as the API lists it. */
    public static long currentPeriod(Api staff) {
        String code = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "-YEAR";
        return ((JsonArray) staff.get("api/v1/periods").structure()).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The code of the period {@link #presentPeriod()} makes. */
    public static final String PRESENT_PERIOD = "TEST-PRESENT";

    /**
     * A period of the present: begun a month ago, its cut-off three weeks ahead, so that its figures follow today's
     * registry (the sample's current year-end period has its cut-off on 30/11, which may have passed). Made once by
     * SQL; {@link #dropPresentPeriod()} takes it away again so other tests do not see it.
     */
    public static long presentPeriod() throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO reporting_period (code, kind, year, name_vi, name_en, start_date, end_date, cutoff_date, due_date, open)"
                    + " SELECT '" + PRESENT_PERIOD + "', 'AD_HOC', extract(year FROM d)::int, 'Kỳ hiện tại (kiểm thử)', 'Present period (test)',"
                    + " d - 30, d + 40, d + 21, d + 30, true FROM (SELECT " + HANOI_TODAY + " AS d) t"
                    + " ON CONFLICT (code) DO NOTHING");
        }
        return count("SELECT id FROM reporting_period WHERE code = '" + PRESENT_PERIOD + "'");
    }

    /** Takes away the period {@link #presentPeriod()} made, with whatever was recorded for it. */
    public static void dropPresentPeriod() throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            String period = "(SELECT id FROM reporting_period WHERE code = '" + PRESENT_PERIOD + "')";
            s.executeUpdate("DELETE FROM report_item WHERE period_id = " + period);
            s.executeUpdate("DELETE FROM report WHERE period_id = " + period);
            s.executeUpdate("DELETE FROM reporting_period WHERE code = '" + PRESENT_PERIOD + "'");
        }
    }

    /** Each field a problem names, with its first message. */
    public static Map<String, String> fieldErrors(JsonObject problem) {
        JsonArray errors = problem.getJsonArray("errors");
        Map<String, String> map = new LinkedHashMap<>();
        errors.getValuesAs(JsonObject.class).forEach(e -> map.putIfAbsent(e.getString("field"), e.getString("message")));
        return map;
    }

    /** A new grassroots cell of the HCSN bloc, to add to and post. */
    public static JsonObjectBuilder newOrganisation(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("typeCode", "CHI_BO_CO_SO")
                .add("blocCode", "HCSN").add("sectorCode", "GIAO_DUC");
    }

    /** The body that saves an organisation as read ({@code current}) with these changes. */
    public static String edit(JsonObject current, Map<String, Object> changes) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (String field : List.of("code", "name", "typeCode", "parentId", "blocCode", "sectorCode", "hostUnit",
                "membersTotal", "membersFull", "membersProbationary", "secretaryName", "deputySecretaryName", "termLabel", "version")) {
            if (current.containsKey(field) && current.get(field).getValueType() != JsonValue.ValueType.NULL) {
                b.add(field, current.get(field));
            }
        }
        changes.forEach((k, v) -> {
            if (v instanceof Integer i) {
                b.add(k, i);
            } else {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build().toString();
    }

    /** A complete, valid content for a report whose unit's registry says total/full/probationary. */
    public static JsonObjectBuilder complete(JsonObject report) {
        return complete(report, report.getJsonNumber("version").longValue());
    }

    /** The member figures from one reading of the report, the version from another. */
    public static JsonObjectBuilder complete(JsonObject report, long version) {
        JsonObject numbers = report.getJsonObject("numbers");
        int total = numbers.getInt("MEMBERS_TOTAL");
        JsonObjectBuilder n = Json.createObjectBuilder()
                .add("MEMBERS_TOTAL", total).add("MEMBERS_FULL", numbers.getInt("MEMBERS_FULL"))
                .add("MEMBERS_PROBATIONARY", numbers.getInt("MEMBERS_PROBATIONARY"))
                .add("MEMBERS_FEMALE", total / 2).add("ADMITTED", Math.min(1, numbers.getInt("MEMBERS_PROBATIONARY")))
                .add("MADE_FULL", 1).add("DISSEMINATION_SESSIONS", 4).add("DISSEMINATION_ATTENDANCE", 98.5)
                .add("MEETINGS_REQUIRED", 11).add("MEETINGS_HELD", 11).add("MEETINGS_THEMATIC", 3)
                .add("MEETING_ATTENDANCE", 95).add("INSPECTED_MEMBERS", 1).add("SUPERVISIONS", 1);
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String s : List.of("SITUATION", "POLITICAL", "ORGANISATION", "INSPECTION", "DEMOCRACY", "PROFESSIONAL", "ASSESSMENT", "NEXT_TASKS")) {
            texts.add(s, "Nội dung phần " + s.toLowerCase() + " của đơn vị <i>mẫu</i>.");
        }
        return Json.createObjectBuilder().add("numbers", n).add("texts", texts)
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "DIFFICULTY").add("body", "Đảng viên làm theo ca, khó bố trí sinh hoạt."))
                        .add(Json.createObjectBuilder().add("kind", "PROPOSAL").add("body", "Đề nghị mở lớp bồi dưỡng nhận thức về Đảng.")))
                .add("version", version);
    }

    /** A chair's task of a review meeting, for these units or for all of them. */
    public static String task(String body, LocalDate deadline, boolean all, long... units) {
        var ids = Json.createArrayBuilder();
        for (long u : units) {
            ids.add(u);
        }
        return Json.createObjectBuilder().add("body", body).add("deadline", deadline.toString()).add("allUnits", all)
                .add("organisationIds", ids).build().toString();
    }
}
