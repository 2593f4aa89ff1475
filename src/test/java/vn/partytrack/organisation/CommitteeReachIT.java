package vn.partytrack.organisation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ward committee's staff (the sample's 2025 restructuring: "phuonghbt" works for Đảng ủy phường Hai Bà Trưng) see
 * their ward's units, including the records those units made under the district before 01/7/2025 and those of the two
 * cells merged into one of theirs, and nothing of another ward, through every door: lists, records, dashboards,
 * tracker, matrix, synthesis, notifications. The expected units are written out from the sample's decision, not
 * computed by the rule under test.
 */
class CommitteeReachIT extends ApiIT {

    /** The units the sample transferred to the ward of Hai Bà Trưng, and the merged cell's two predecessors. */
    static final Set<String> HBT_TODAY = Set.of("MAU-HCSN-01", "MAU-HCSN-02", "MAU-HCSN-03", "MAU-HCSN-04", "MAU-HCSN-05",
            "MAU-HCSN-25", "MAU-HCSN-26", "MAU-HCSN-29", "MAU-HCSN-34");
    static final Set<String> HBT_BEFORE = Set.of("MAU-HCSN-01", "MAU-HCSN-02", "MAU-HCSN-03", "MAU-HCSN-04", "MAU-HCSN-05",
            "MAU-HCSN-25", "MAU-HCSN-26", "MAU-HCSN-29", "MAU-HCSN-13", "MAU-HCSN-14");

    @Test
    void aWardsStaffSeeTheirUnitsAndTheirEarlierRecordsAndNothingOfAnotherWard() throws SQLException {
        Api ward = as("phuonghbt");
        long y2020 = count("SELECT id FROM reporting_period WHERE code = '2020-H1'");

        // the 2020 reports of their units, made under the district, and nothing of another ward
        Set<String> reported2020 = codes(ward.get("api/v1/reports?period=" + y2020 + "&limit=100").json(), "organisationCode");
        assertThat(reported2020).isEqualTo(new TreeSet<>(texts("SELECT o.code FROM report r JOIN organisation o ON o.id = r.organisation_id"
                + " JOIN reporting_period p ON p.id = r.period_id WHERE p.code = '2020-H1' AND o.code IN " + in(HBT_BEFORE))));
        assertThat(reported2020).contains("MAU-HCSN-01", "MAU-HCSN-13", "MAU-HCSN-14").doesNotContain("MAU-HCSN-06", "MAU-HCSN-15");
        long own2020 = count("SELECT r.id FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE p.code = '2020-H1' AND o.code = 'MAU-HCSN-01'");
        long merged2020 = count("SELECT r.id FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE p.code = '2020-H1' AND o.code = 'MAU-HCSN-13'");
        long other2020 = count("SELECT r.id FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE p.code = '2020-H1' AND o.code = 'MAU-HCSN-06'");
        assertThat(ward.get("api/v1/reports/" + own2020).status()).isEqualTo(200);
        assertThat(ward.get("api/v1/reports/" + merged2020).status()).isEqualTo(200);
        Api.Reply refused = ward.get("api/v1/reports/" + other2020);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Thanh Lam");
        // the other ward's staff the other way round
        assertThat(as("phuongbm").get("api/v1/reports/" + other2020).status()).isEqualTo(200);
        assertThat(as("phuongbm").get("api/v1/reports/" + own2020).status()).isEqualTo(403);
        // the district-wide staff see both
        assertThat(as("tochuc").get("api/v1/reports/" + other2020).status()).isEqualTo(200);

        // the registry: their units only; another ward's unit is not theirs to open
        Set<String> registry = codes(ward.get("api/v1/organisations?limit=500&bloc=HCSN").json(), "code");
        assertThat(registry).isEqualTo(HBT_TODAY);
        assertThat(ward.get("api/v1/organisations/" + id("MAU-HCSN-06")).status()).isEqualTo(403);
        assertThat(ward.get("api/v1/organisations/" + id("MAU-HCSN-13")).status()).isEqualTo(200);

        // the present period's dashboard, tracker and matrix: their ward by default, another ward refused
        long present = presentPeriod();
        try {
            JsonObject dashboard = ward.get("api/v1/dashboard?period=" + present).json();
            assertThat(dashboard.getJsonObject("reports").getInt("units")).isEqualTo(HBT_TODAY.size());
            Set<String> tracked = codes(ward.get("api/v1/dashboard/tracker?period=" + present).json(), "organisationCode");
            assertThat(tracked).isEqualTo(HBT_TODAY);
            assertThat(ward.get("api/v1/dashboard?period=" + present + "&committee=" + id("MAU-DUP-BM")).status()).isEqualTo(403);
            assertThat(ward.get("api/v1/dashboard/tracker?period=" + present + "&committee=" + id("MAU-DUP-BM")).status()).isEqualTo(403);
            Set<String> matrix = new TreeSet<>();
            ward.get("api/v1/directives/matrix?period=" + present).json().getJsonArray("units").getValuesAs(JsonObject.class)
                    .forEach(u -> matrix.add(u.getString("code")));
            assertThat(matrix).isNotEmpty().isSubsetOf(HBT_TODAY);
            // a report submitted by one of their units: they hear of it and may accept it; the other ward neither
            Api.Reply opened = as("bithu03").post("api/v1/reports", jakarta.json.Json.createObjectBuilder()
                    .add("organisationId", id("MAU-HCSN-03")).add("periodId", present).build().toString());
            assertThat(opened.status()).as(opened.body()).isIn(200, 201);
            long report = opened.json().getJsonNumber("id").longValue();
            Api.Reply submitted = as("bithu03").post("api/v1/reports/" + report + "/submit", complete(opened.json()).build().toString());
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            String heard = "Chi bộ Trường Tiểu học Ánh Dương đã gửi báo cáo";
            assertThat(ward.get("api/v1/notifications").body()).contains(heard);
            assertThat(as("phuongbm").get("api/v1/notifications").body()).doesNotContain(heard);
            assertThat(as("phuongbm").post("api/v1/reports/" + report + "/accept", "{}").status()).isEqualTo(403);
            assertThat(as("phuongbm").post("api/v1/reports/" + report + "/return", "{\"reason\":\"Thiếu số liệu\"}").status()).isEqualTo(403);
            assertThat(ward.post("api/v1/reports/" + report + "/accept", "{}").status()).isEqualTo(200);

            // the district-wide staff still see every ward
            assertThat(as("tochuc").get("api/v1/dashboard?period=" + present).json().getJsonObject("reports").getInt("units"))
                    .isGreaterThan(HBT_TODAY.size());
        } finally {
            dropPresentPeriod();
        }

        // the synthesis is written for their committee, in its document conventions
        long current = currentPeriod(ward);
        Api.Reply draft = ward.get("api/v1/synthesis/draft?bloc=HCSN&period=" + current);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().getString("committee")).isEqualTo("ĐẢNG ỦY PHƯỜNG HAI BÀ TRƯNG");
        assertThat(draft.json().getString("number")).endsWith("-BC/ĐU");
        assertThat(ward.get("api/v1/synthesis/draft?bloc=HCSN&period=" + current + "&committee=" + id("MAU-DUP-BM")).status())
                .isEqualTo(403);

        // a finalised synthesis is their committee's: another ward neither lists nor downloads it
        Api.Reply kept = ward.post("api/v1/synthesis/versions?bloc=HCSN&period=" + current, draft.body());
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        long version = kept.json().getJsonNumber("id").longValue();
        assertThat(ward.get("api/v1/synthesis/versions?bloc=HCSN&period=" + current).body()).contains("\"id\":" + version);
        assertThat(as("phuongbm").get("api/v1/synthesis/versions?bloc=HCSN&period=" + current).body()).doesNotContain("\"id\":" + version + ",");
        assertThat(as("phuongbm").exchange("GET", "api/v1/synthesis/versions/" + version + ".pdf", null, null).statusCode()).isEqualTo(404);
        assertThat(ward.exchange("GET", "api/v1/synthesis/versions/" + version + ".pdf", null, null).statusCode()).isEqualTo(200);

        // a ward's staff do not move units between committees
        assertThat(ward.post("api/v1/registry-changes", "{\"kind\":\"TRANSFER\",\"effectiveOn\":\"2026-01-01\",\"unitIds\":["
                + id("MAU-HCSN-06") + "],\"targetId\":" + id("MAU-DUP-HBT") + "}").status()).isEqualTo(403);
    }

    static Set<String> codes(JsonObject page, String field) {
        Set<String> codes = new TreeSet<>();
        page.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> codes.add(r.getString(field)));
        return codes;
    }

    static List<String> texts(String sql) throws SQLException {
        List<String> texts = new java.util.ArrayList<>();
        try (var c = vn.partytrack.it.TestDatabase.connect(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            while (r.next()) {
                texts.add(r.getString(1));
            }
        }
        return texts;
    }

    static String in(Set<String> codes) {
        return codes.stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
