package vn.partytrack.dashboard;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;
import vn.partytrack.it.Conformance;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard at scale: its SQL statements do not grow with the units, its set-based figures agree with the
 * per-unit trackers they summarise, and a committee scope covers exactly the units under that committee.
 */
class DashboardApiIT extends ApiIT {

    /**
     * A period whose figures follow today's registry (its cut-off is ahead): units added or moved by a test count in
     * it. The sample's year period may have its cut-off behind today, and then stands as the registry stood then.
     */
    static long currentPeriod() throws SQLException {
        return presentPeriod();
    }

    static long yearPeriod() throws SQLException {
        return count("SELECT id FROM reporting_period WHERE code = extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int || '-YEAR'");
    }

    @AfterAll
    static void dropPresent() throws SQLException {
        dropPresentPeriod();
    }

    /** The statements a computed (not kept) dashboard or tracker takes. */
    int statements(String path) throws SQLException {
        freshFigures();
        Api.Reply reply = as("lanhdao").get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("X-SQL-Statements")).as("the statement count header").isNotNull();
        return Integer.parseInt(reply.header("X-SQL-Statements"));
    }

    @Test
    void theOpenApiDocumentSaysWhatTheServerDoes() {
        JsonObject document;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(Conformance.document(base)))) {
            document = reader.readObject();
        }
        JsonObject paths = document.getJsonObject("paths");
        // /dashboard needs its period, an id: required, integer/int64
        JsonObject period = paths.getJsonObject("/api/v1/dashboard").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals("period")).findFirst().orElseThrow();
        assertThat(period.getBoolean("required", false)).isTrue();
        assertThat(period.getJsonObject("schema").getString("type")).isEqualTo("integer");
        assertThat(period.getJsonObject("schema").getString("format")).isEqualTo("int64");
        // the status filter lists its values
        JsonObject status = paths.getJsonObject("/api/v1/reports").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals("status")).findFirst().orElseThrow();
        assertThat(status.getJsonObject("schema").getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("DRAFT", "SUBMITTED", "ACCEPTED", "LOCKED");
        // dates are dates, ids integers
        JsonObject periodRow = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("PeriodRow").getJsonObject("properties");
        assertThat(periodRow.getJsonObject("dueDate").getString("type")).isEqualTo("string");
        assertThat(periodRow.getJsonObject("dueDate").getString("format")).isEqualTo("date");
        assertThat(periodRow.getJsonObject("id").getString("type")).isEqualTo("integer");
        // every operation: unique id, no "default", every refusal as a problem with its schema
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!java.util.Set.of("get", "post", "put", "delete").contains(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            assertThat(ids.add(operation.getString("operationId"))).as("unique operationId " + method + " " + path).isTrue();
            JsonObject responses = operation.getJsonObject("responses");
            assertThat(responses.keySet()).as(method + " " + path).doesNotContain("default").contains("400", "401", "403", "404", "409");
            for (String refusal : java.util.List.of("400", "401", "403", "404", "409")) {
                assertThat(responses.getJsonObject(refusal).getJsonObject("content").getJsonObject("application/problem+json")
                        .getJsonObject("schema").getString("$ref")).isEqualTo("#/components/schemas/Problem");
            }
            if (operation.containsKey("requestBody")) {
                assertThat(responses.keySet()).as(method + " " + path).contains("415");
            }
        }));
        assertThat(document.toString()).as("patterns ECMA-262 can read").doesNotContain("(?i)");
    }

    @Test
    void theDashboardAndTrackerTakeAFixedNumberOfStatementsWhateverTheUnits() throws SQLException {
        long period = currentPeriod();
        String dashboard = "api/v1/dashboard?period=" + period;
        String tracker = "api/v1/dashboard/tracker?period=" + period;
        statements(dashboard);
        int small = statements(dashboard + "&bloc=PHUONG");
        int whole = statements(dashboard);
        int trackerSmall = statements(tracker + "&bloc=PHUONG");
        int trackerWhole = statements(tracker);
        int unitsBefore = as("lanhdao").get(dashboard).json().getJsonObject("reports").getInt("units");

        long parent = id("MAU-DUP-VT");
        for (int i = 1; i <= 30; i++) {
            String json = newOrganisation("MAU-TAI-" + i, "Chi bộ Thử tải số " + i).add("blocCode", "PHUONG")
                    .add("parentId", parent).add("membersTotal", 20).add("membersFull", 18).add("membersProbationary", 2).build().toString();
            assertThat(as("quantri").post("api/v1/organisations", json).status()).isEqualTo(201);
        }
        JsonObject grown = as("lanhdao").get(dashboard).json();
        assertThat(grown.getJsonObject("reports").getInt("units")).isEqualTo(unitsBefore + 30);
        assertThat(statements(dashboard)).as("whole dashboard with 30 more units").isEqualTo(whole);
        assertThat(statements(dashboard + "&bloc=PHUONG")).as("bloc dashboard with 30 more units").isEqualTo(small);
        assertThat(statements(tracker)).isEqualTo(trackerWhole);
        assertThat(statements(tracker + "&bloc=PHUONG")).isEqualTo(trackerSmall);
        assertThat(small).isEqualTo(whole);
        assertThat(whole).isLessThan(30);
    }

    /**
     * Figures are kept until a record they count changes (KeptFigures, V25): asked again, the dashboard and the
     * tracker answer the same without their queries; a draft saved keeps them; a report sent shows at once.
     */
    @Test
    void keptFiguresLastUntilARecordTheyCountChanges() throws SQLException {
        long period = currentPeriod();
        String dashboard = "api/v1/dashboard?bloc=HCSN&period=" + period;
        String tracker = "api/v1/dashboard/tracker?bloc=HCSN&period=" + period;
        int computed = statements(dashboard);
        JsonObject first = as("tochuc").get(dashboard).json();
        Api.Reply again = as("lanhdao").get(dashboard);
        assertThat(again.json()).as("the same figures for another reader").isEqualTo(first);
        assertThat(Integer.parseInt(again.header("X-SQL-Statements"))).as("kept: without the figures' queries")
                .isLessThan(computed - 5);
        int trackerComputed = statements(tracker);
        Api.Reply trackerAgain = as("lanhdao").get(tracker);
        assertThat(Integer.parseInt(trackerAgain.header("X-SQL-Statements"))).isLessThan(trackerComputed);

        Api.Reply opened = as("bithu07").post("api/v1/reports",
                jakarta.json.Json.createObjectBuilder().add("organisationId", id("MAU-HCSN-07")).add("periodId", period).build().toString());
        assertThat(opened.status()).as(opened.body()).isIn(200, 201);
        JsonObject draft = opened.json();
        long report = draft.getJsonNumber("id").longValue();
        int sentBefore = as("tochuc").get(dashboard).json().getJsonObject("reports").getInt("submitted");
        long stamp = count("SELECT stamp FROM figures_stamp");
        Api.Reply saved = as("bithu07").put("api/v1/reports/" + report, complete(draft).build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(count("SELECT stamp FROM figures_stamp")).as("a draft saved changes no figure").isEqualTo(stamp);

        Api.Reply sent = as("bithu07").post("api/v1/reports/" + report + "/submit", complete(saved.json()).build().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(count("SELECT stamp FROM figures_stamp")).isGreaterThan(stamp);
        assertThat(as("tochuc").get(dashboard).json().getJsonObject("reports").getInt("submitted")).isEqualTo(sentBefore + 1);
        JsonObject row = as("lanhdao").get(tracker).json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("organisationCode").equals("MAU-HCSN-07")).findFirst().orElseThrow();
        assertThat(row.getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void theDashboardsFiguresAgreeWithTheTrackersTheySummarise() throws SQLException {
        long period = currentPeriod();
        JsonObject view = as("tochuc").get("api/v1/dashboard?bloc=HCSN&period=" + period).json();
        JsonObject counts = as("tochuc").get("api/v1/dashboard/tracker?bloc=HCSN&period=" + period).json().getJsonObject("counts");
        assertThat(view.getJsonObject("reports")).isEqualTo(counts);

        long term = count("SELECT id FROM congress_term ORDER BY grassroots_deadline DESC LIMIT 1");
        JsonObject progress = as("tochuc").get("api/v1/congresses/progress?term=" + term + "&bloc=HCSN&period=" + period).json();
        JsonObject congress = view.getJsonObject("congress");
        for (String figure : new String[] {"units", "held", "onSchedule", "pilots"}) {
            assertThat(congress.getInt(figure)).as(figure).isEqualTo(progress.getInt(figure));
        }
        assertThat(congress.getJsonObject("atStage")).isEqualTo(progress.getJsonObject("atStage"));
        long laggingCongresses = progress.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getBoolean("stuck") || "OVERDUE".equals(r.getJsonObject("schedule").getString("state"))).count();
        assertThat(view.getJsonArray("lagging").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("reasonKey").equals("lagging.congress")).count()).isEqualTo(laggingCongresses);

        assertThat(shares(view)).isEqualTo(matrixShares("HCSN", period));
        // a single unit's scope reads the records, not the roll-ups: the same rule gives the same shares
        long unit = id("MAU-HCSN-01");
        JsonObject own = as("tochuc").get("api/v1/dashboard?committee=" + unit + "&period=" + period).json();
        assertThat(own.getJsonArray("documents").getValuesAs(JsonObject.class))
                .allSatisfy(d -> assertThat(d.getInt("assigned")).isEqualTo(1));
    }

    /** Per document number, "disseminated/assigned" as the dissemination matrix of a period (per unit, in Java) counts it. */
    Map<String, String> matrixShares(String bloc, long period) {
        JsonObject matrix = as("tochuc").get("api/v1/directives/matrix?bloc=" + bloc + "&period=" + period).json();
        Map<String, String> shares = new HashMap<>();
        for (JsonObject d : matrix.getJsonArray("directives").getValuesAs(JsonObject.class)) {
            JsonObject share = matrix.getJsonObject("shares").getJsonObject(String.valueOf(d.getJsonNumber("id").longValue()));
            if (share != null && share.getInt("assigned") > 0) {
                shares.put(d.getString("number"), share.getInt("disseminated") + "/" + share.getInt("assigned"));
            }
        }
        return shares;
    }

    static Map<String, String> shares(JsonObject view) {
        Map<String, String> onDashboard = new HashMap<>();
        for (JsonObject d : view.getJsonArray("documents").getValuesAs(JsonObject.class)) {
            onDashboard.put(d.getString("number"), d.getInt("disseminated") + "/" + d.getInt("assigned"));
        }
        return onDashboard;
    }

    /**
     * The roll-ups kept by triggers (figures, trend) say what the records say: compared with sums computed here
     * straight from reports, for a bloc, before and after a unit with reports moves to another bloc and back.
     */
    @Test
    void theRollupsAgreeWithTheRecordsWhenAUnitMoves() throws SQLException {
        for (long period : new long[] {currentPeriod(), yearPeriod()}) {
            assertRollupsMatch("HCSN", period);
            assertRollupsMatch("PHUONG", period);
        }
        long period = currentPeriod();
        long unit = id("MAU-HCSN-05");
        JsonObject current = as("quantri").get("api/v1/organisations/" + unit).json();
        String moved = edit(current, Map.of("blocCode", "PHUONG"));
        Api.Reply reply = as("quantri").put("api/v1/organisations/" + unit, moved);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertRollupsMatch("HCSN", period);
        assertRollupsMatch("PHUONG", period);
        String back = edit(reply.json(), Map.of("blocCode", "HCSN"));
        assertThat(as("quantri").put("api/v1/organisations/" + unit, back).status()).isEqualTo(200);
        assertRollupsMatch("HCSN", period);
        assertRollupsMatch("PHUONG", period);
        assertRollupsMatch("HCSN", yearPeriod());
    }

    void assertRollupsMatch(String bloc, long period) throws SQLException {
        JsonObject view = as("lanhdao").get("api/v1/dashboard?bloc=" + bloc + "&period=" + period).json();
        // each report under its unit as it stood at its period's cut-off
        String reports = " FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN units_at(p.cutoff_date) o ON o.id = r.organisation_id"
                + " JOIN organisation_type t ON t.id = o.type_id AND t.grassroots JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE b.code = '" + bloc + "'";
        for (String code : new String[] {"ADMITTED", "ADMISSION_TARGET", "INSPECTED_MEMBERS", "MEETINGS_HELD", "MEMBERS_TOTAL"}) {
            long direct = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + reports.replace("FROM report r", "FROM report r JOIN report_value v ON v.report_id = r.id")
                    + " AND r.period_id = " + period + " AND r.status <> 'DRAFT' AND v.indicator_code = '" + code + "'");
            long shown = view.getJsonObject("figures").containsKey(code) ? view.getJsonObject("figures").getJsonNumber(code).longValue() : 0;
            assertThat(shown).as(bloc + " " + code).isEqualTo(direct);
        }
        assertThat(shares(view)).as(bloc + " documents").isEqualTo(matrixShares(bloc, period));
        for (JsonObject point : view.getJsonArray("trend").getValuesAs(JsonObject.class)) {
            long p = point.getJsonNumber("periodId").longValue();
            assertThat((long) point.getInt("submitted")).as(bloc + " sent in " + point.getString("code"))
                    .isEqualTo(count("SELECT count(*)" + reports + " AND r.period_id = " + p + " AND r.first_submitted_at IS NOT NULL"));
            assertThat((long) point.getInt("onTime")).as(bloc + " on time in " + point.getString("code"))
                    .isEqualTo(count("SELECT count(*)" + reports + " AND r.period_id = " + p
                            + " AND (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date"));
        }
    }

    @Test
    void aCommitteeScopeCoversTheUnitsUnderIt() throws SQLException {
        long period = currentPeriod();
        long committee = id("MAU-DUP-HBT");
        long under = count("SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                + " WHERE o.active AND o.path LIKE (SELECT path FROM organisation WHERE id = " + committee + ") || '%'");
        JsonObject view = as("lanhdao").get("api/v1/dashboard?committee=" + committee + "&period=" + period).json();
        assertThat(view.getJsonObject("reports").getInt("units")).isEqualTo(under);
        JsonArray rows = as("lanhdao").get("api/v1/dashboard/tracker?committee=" + committee + "&period=" + period).json().getJsonArray("rows");
        assertThat(rows).hasSize((int) under);
        // a unit with its cells is a subtree too: exactly itself among the grassroots units
        long unit = id("MAU-HCSN-01");
        assertThat(as("lanhdao").get("api/v1/dashboard/tracker?committee=" + unit + "&period=" + period).json().getJsonArray("rows"))
                .singleElement().satisfies(r -> assertThat(r.asJsonObject().getJsonNumber("organisationId").longValue()).isEqualTo(unit));
        assertThat(as("lanhdao").get("api/v1/dashboard?committee=999999&period=" + period).status()).isEqualTo(404);
        assertThat(as("bithu01").get("api/v1/dashboard?period=" + period).status()).isEqualTo(403);
        assertThat(as("bithu01").get("api/v1/dashboard/tracker?period=" + period).status()).isEqualTo(403);
    }
}
