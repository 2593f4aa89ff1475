package vn.partytrack.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;
import vn.partytrack.it.RegistrySnapshot;
import vn.partytrack.it.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures as they stood: every figure of a past period (dashboard, tracker, congress progress, dissemination matrix,
 * report list, issue register) read before a restructuring of the registry is identical after it, while a period
 * whose cut-off has not passed follows the change. The restructuring (a dozen HCSN units moved to a new ward
 * committee and to another bloc, members changed, one unit deactivated) is made in SQL, effective today, and undone
 * at the end so that the other tests see the sample registry.
 */
class PeriodTruthIT extends ApiIT {

    /** The units moved: twelve active HCSN grassroots units. */
    static final String MOVED = "SELECT o.id FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
            + " JOIN bloc b ON b.id = o.bloc_id WHERE b.code = 'HCSN' AND o.active ORDER BY o.code LIMIT 12";

    @Test
    void aPastPeriodsFiguresDoNotChangeWhenTheRegistryDoes() throws SQLException {
        long present = presentPeriod();
        RegistrySnapshot.take();
        try {
            Api staff = as("lanhdao");
            long term = count("SELECT id FROM congress_term WHERE code = '2020-2025'");
            List<Long> periods = longs("SELECT id FROM reporting_period WHERE code IN ('2020-H1', '2021-H1', "
                    + "extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int || '-YEAR') ORDER BY start_date");
            assertThat(periods).hasSize(3);
            Map<String, String> golden = figures(staff, periods, term, present);
            long hcsnBefore = staff.get("api/v1/dashboard?bloc=HCSN&period=" + present).json().getJsonObject("reports").getInt("units");
            long phuongBefore = staff.get("api/v1/dashboard?bloc=PHUONG&period=" + present).json().getJsonObject("reports").getInt("units");
            assertThat(golden.get("2020-H1 dashboard HCSN")).contains("\"units\":");

            long committee = restructure();

            Map<String, String> after = figures(staff, periods, term, present);
            golden.forEach((what, figures) -> assertThat(after.get(what)).as(what).isEqualTo(figures));

            // the present follows the change: twelve HCSN units went to PHUONG, one more was deactivated
            JsonObject hcsn = staff.get("api/v1/dashboard?bloc=HCSN&period=" + present).json();
            assertThat(hcsn.getJsonObject("reports").getInt("units")).isEqualTo(hcsnBefore - 13);
            assertThat(staff.get("api/v1/dashboard?bloc=PHUONG&period=" + present).json().getJsonObject("reports").getInt("units"))
                    .isEqualTo(phuongBefore + 12);
            JsonObject ward = staff.get("api/v1/dashboard?committee=" + committee + "&period=" + present).json();
            assertThat(ward.getJsonObject("reports").getInt("units")).isEqualTo(12);
            assertThat(staff.get("api/v1/dashboard/tracker?committee=" + committee + "&period=" + present).json()
                    .getJsonArray("rows")).hasSize(12);
            // a past period knows nothing of the new committee
            for (long p : periods) {
                assertThat(staff.get("api/v1/dashboard?committee=" + committee + "&period=" + p).json()
                        .getJsonObject("reports").getInt("units")).as("the new committee in period " + p).isZero();
            }
        } finally {
            RegistrySnapshot.restore();
            dropPresentPeriod();
        }
    }

    @Test
    void aPeriodWhoseCutOffTheRegistryDoesNotRecordIsRefusedNamingTheField() throws SQLException {
        long before = count("SELECT count(*) FROM reporting_period");
        Api.Reply refused = as("quantri").inLanguage("en").post("api/v1/periods", Json.createObjectBuilder().add("code", "2000-H1")
                .add("kind", "H1").add("year", 2000).add("nameVi", "6 tháng đầu năm 2000").add("nameEn", "First half of 2000")
                .add("startDate", "2000-01-01").add("endDate", "2000-06-30").add("cutoffDate", "2000-06-15").add("dueDate", "2000-06-20")
                .add("open", false).build().toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fieldErrors(refused.json())).containsKey("cutoffDate");
        assertThat(fieldErrors(refused.json()).get("cutoffDate")).contains("registry holds no record");
        assertThat(count("SELECT count(*) FROM reporting_period")).isEqualTo(before);
    }

    /** Every figure a past period shows, by what it is, as the API gives it (the present period's trend point left out). */
    Map<String, String> figures(Api staff, List<Long> periods, long term, long present) throws SQLException {
        Map<String, String> figures = new LinkedHashMap<>();
        long district = id("MAU-QU-HBT");
        figures.put("congress progress at the term's deadline", get(staff, "api/v1/congresses/progress?term=" + term));
        for (long p : periods) {
            String code = text("SELECT code FROM reporting_period WHERE id = " + p);
            for (String scope : List.of("", "bloc=HCSN&", "bloc=PHUONG&", "committee=" + district + "&", "committee=" + district + "&bloc=HCSN&")) {
                figures.put(code + " dashboard " + scope, withoutPresent(staff.get("api/v1/dashboard?" + scope + "period=" + p), present));
                figures.put(code + " tracker " + scope, get(staff, "api/v1/dashboard/tracker?" + scope + "period=" + p));
            }
            figures.put(code + " dashboard HCSN", withoutPresent(staff.get("api/v1/dashboard?bloc=HCSN&period=" + p), present));
            for (String bloc : List.of("", "HCSN", "PHUONG")) {
                figures.put(code + " congress progress " + bloc, get(staff, "api/v1/congresses/progress?term=" + term + "&period=" + p + "&bloc=" + bloc));
                figures.put(code + " matrix " + bloc, get(staff, "api/v1/directives/matrix?period=" + p + "&bloc=" + bloc));
                figures.put(code + " issues " + bloc, get(staff, "api/v1/issues?period=" + p + "&bloc=" + bloc));
            }
            figures.put(code + " reports", get(staff, "api/v1/reports?period=" + p + "&limit=100"));
        }
        return figures;
    }

    static String get(Api staff, String path) {
        Api.Reply reply = staff.get(path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.body();
    }

    /** The dashboard without the trend point of the present period (which follows today's registry). */
    static String withoutPresent(Api.Reply reply, long present) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject view = reply.json();
        JsonObjectBuilder b = Json.createObjectBuilder(view);
        JsonArrayBuilder trend = Json.createArrayBuilder();
        for (JsonValue point : view.getJsonArray("trend")) {
            if (point.asJsonObject().getJsonNumber("periodId").longValue() != present) {
                trend.add(point);
            }
        }
        return b.add("trend", trend).build().toString();
    }

    /**
     * A new ward committee takes twelve HCSN units, which also go to the PHUONG bloc; members change in two units and a
     * third is deactivated: all effective today, as the registry's triggers record it. Returns the new committee.
     */
    static long restructure() throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO organisation (code, name, type_id, parent_id, members_total, members_full, members_probationary, active, sample)"
                    + " SELECT 'TEST-DU-PHUONG', 'Đảng ủy phường Thử nghiệm', t.id, NULL, 0, 0, 0, true, false"
                    + " FROM organisation_type t WHERE t.code = 'DANG_UY_PHUONG'");
            long committee = id(c, "TEST-DU-PHUONG");
            List<Long> moved = longs(MOVED);
            assertThat(moved).hasSize(12);
            String ids = moved.toString().replace('[', '(').replace(']', ')');
            s.executeUpdate("UPDATE organisation SET parent_id = " + committee + ", bloc_id = (SELECT id FROM bloc WHERE code = 'PHUONG')"
                    + " WHERE id IN " + ids);
            // members change in the first two moved units, and one HCSN unit left behind is deactivated
            s.executeUpdate("UPDATE organisation SET members_total = members_total + 7, members_full = members_full + 7"
                    + " WHERE id IN (" + moved.get(0) + ", " + moved.get(1) + ")");
            s.executeUpdate("UPDATE organisation SET active = false, deactivated_at = now() WHERE id = (SELECT o.id FROM organisation o"
                    + " JOIN organisation_type t ON t.id = o.type_id AND t.grassroots JOIN bloc b ON b.id = o.bloc_id"
                    + " WHERE b.code = 'HCSN' AND o.active ORDER BY o.code DESC LIMIT 1)");
            c.commit();
            return committee;
        }
    }

    static long id(Connection c, String code) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT id FROM organisation WHERE code = '" + code + "'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
