package vn.partytrack.officer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;
import vn.partytrack.it.TestDatabase;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers by term through the REST door: the registry's secretary and deputy became posts; a post is ended and
 * another added with the decision its way needs; bad input names the field and changes nothing; the congress results
 * flow into the committee; the records are a personal record that only the unit's secretary and the organisation
 * board read (each read audited), that another unit's secretary, other boards and the leadership never see (they see
 * counts), and that only the board's staff export (logged).
 */
class OfficersApiIT extends ApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String UNIT = "MAU-HCSN-22";

    static String posts(long unit) throws SQLException {
        return text("SELECT coalesce(string_agg(p::text, '|' ORDER BY p.id), '') FROM officer_post p WHERE organisation_id = " + unit);
    }

    static long audited(String action, long entity) throws SQLException {
        return count("SELECT count(*) FROM audit_entry WHERE entity_type = 'OFFICER_RECORDS' AND action = '" + action
                + "' AND entity_id " + (entity < 0 ? "IS NULL" : "= " + entity));
    }

    static List<String> cells(byte[] xlsx) throws java.io.IOException {
        List<String> cells = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        return cells;
    }

    static JsonObject current(JsonObject history, String kind) {
        return history.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("kind").equals(kind) && p.getBoolean("current")).findFirst().orElseThrow();
    }

    @Test
    void theUnitsSecretaryKeepsItsOfficersAndTheRegistryShowsTheCurrentOnes() throws SQLException {
        long unit = id(UNIT);
        // other classes change this unit's secretary through the registry form (SecurityIT), which starts a post today;
        // the steps below end the current posts yesterday, so they are made to have begun before that
        try (var c = TestDatabase.connect(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE officer_post SET held_from = LEAST(held_from, " + HANOI_TODAY + " - 30) WHERE organisation_id = "
                    + unit + " AND held_to IS NULL");
        }
        String secretary = text("SELECT secretary_name FROM organisation WHERE id = " + unit);
        String path = "api/v1/organisations/" + unit + "/officers";

        // the registry's secretary and deputy are posts now, nothing lost; the read is written to the audit trail
        long reads = audited("READ", unit);
        Api.Reply read = as("bithu22").get(path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(current(read.json(), "BI_THU").getString("personName")).isEqualTo(secretary);
        assertThat(current(read.json(), "PHO_BI_THU").getString("personName"))
                .isEqualTo(text("SELECT deputy_secretary_name FROM organisation WHERE id = " + unit));
        assertThat(audited("READ", unit)).isEqualTo(reads + 1);

        // bad input: a second secretary over the first, dates out of order, a decision missing; nothing changes
        String before = posts(unit);
        long changes = count("SELECT count(*) FROM audit_entry WHERE entity_type = 'OFFICER_POST'");
        Api.Reply overlap = as("bithu22").post(path, Json.createObjectBuilder().add("kind", "BI_THU").add("personName", "Trần Văn Chồng (thử)")
                .add("heldFrom", TODAY.minusDays(10).toString()).add("cameBy", "APPOINTED").add("decisionNo", "15-QĐ/QU").build().toString());
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(fieldErrors(overlap.json())).containsOnlyKeys("heldFrom");
        Api.Reply order = as("bithu22").post(path, Json.createObjectBuilder().add("kind", "CAP_UY_VIEN").add("personName", "Lê Thị Ngược (thử)")
                .add("heldFrom", "2022-05-01").add("heldTo", "2022-04-01").add("leftBy", "RESIGNED").add("cameBy", "ELECTED").build().toString());
        assertThat(order.status()).isEqualTo(400);
        assertThat(fieldErrors(order.json())).containsOnlyKeys("heldTo");
        Api.Reply noDecision = as("bithu22").post(path, Json.createObjectBuilder().add("kind", "CAP_UY_VIEN").add("personName", "Phan Văn Bổ (thử)")
                .add("heldFrom", TODAY.toString()).add("cameBy", "ADDED").build().toString());
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(fieldErrors(noDecision.json())).containsOnlyKeys("decisionNo");
        assertThat(noDecision.body()).doesNotContain("Exception");
        Api.Reply unknown = as("bithu22").post(path, "{\"kind\":\"THU_QUY\",\"personName\":\"X\",\"heldFrom\":\"2024-01-01\",\"cameBy\":\"ELECTED\"}");
        assertThat(fieldErrors(unknown.json())).containsOnlyKeys("kind");
        assertThat(posts(unit)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'OFFICER_POST'")).isEqualTo(changes);

        // the secretary moves on (a decision is required for that), a successor is appointed from today
        JsonObject post = current(read.json(), "BI_THU");
        String endPath = path + "/" + post.getJsonNumber("id").longValue() + "/end";
        String end = "{\"heldTo\":\"" + TODAY.minusDays(1) + "\",\"leftBy\":\"MOVED\",\"version\":" + post.getJsonNumber("version").longValue();
        Api.Reply undecided = as("bithu22").post(endPath, end + "}");
        assertThat(fieldErrors(undecided.json())).containsOnlyKeys("decisionNo");
        assertThat(as("bithu22").post(endPath, end.replace("\"version\":", "\"version\":9") + ",\"decisionNo\":\"7-QĐ/QU\"}").status()).isEqualTo(409);
        Api.Reply ended = as("bithu22").post(endPath, end + ",\"decisionNo\":\"7-QĐ/QU\",\"decisionIssuer\":\"Ban Thường vụ Quận ủy\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().getString("leftBy")).isEqualTo("MOVED");
        assertThat(as("bithu22").get("api/v1/organisations/" + unit).json().containsKey("secretaryName")
                && !as("bithu22").get("api/v1/organisations/" + unit).json().isNull("secretaryName")).isFalse();

        Api.Reply appointed = as("tochuc").post(path, Json.createObjectBuilder().add("kind", "BI_THU").add("personName", "Hà Minh Kế (thử)")
                .add("heldFrom", TODAY.toString()).add("cameBy", "APPOINTED").add("decisionNo", "15-QĐ/QU").add("decisionOn", TODAY.toString())
                .add("decisionIssuer", "Ban Thường vụ Quận ủy").build().toString());
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        // the current officers appear where the registry's fields did
        assertThat(as("bithu22").get("api/v1/organisations/" + unit).json().getString("secretaryName")).isEqualTo("Hà Minh Kế (thử)");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'OFFICER_POST' AND after_state LIKE '%Hà Minh Kế%'")).isZero();

        // the deputy left 100 days ago: the board sees the post vacant longer than 90 days, with no person named
        JsonObject deputy = current(as("bithu22").get(path).json(), "PHO_BI_THU");
        assertThat(as("bithu22").post(path + "/" + deputy.getJsonNumber("id").longValue() + "/end", "{\"heldTo\":\"" + TODAY.minusDays(100)
                + "\",\"leftBy\":\"RESIGNED\",\"version\":" + deputy.getJsonNumber("version").longValue() + "}").status()).isEqualTo(200);
        Api.Reply watch = as("tochuc").get("api/v1/officers/watch");
        assertThat(watch.status()).isEqualTo(200);
        assertThat(watch.json().getJsonArray("vacancies").getValuesAs(JsonObject.class))
                .anySatisfy(v -> {
                    assertThat(v.getString("organisationCode")).isEqualTo(UNIT);
                    assertThat(v.getString("kind")).isEqualTo("PHO_BI_THU");
                    assertThat(v.getInt("days")).isEqualTo(99);
                });
        assertThat(watch.body()).doesNotContain(deputy.getString("personName"));
        assertThat(as("bithu22").get("api/v1/officers/watch").status()).isEqualTo(403);
    }

    @Test
    void onlyTheUnitsSecretaryAndTheOrganisationBoardSeeTheRecordsAndOnlyTheBoardExportsThem() throws Exception {
        long unit = id("MAU-HCSN-20");
        String path = "api/v1/organisations/" + unit + "/officers";
        String secretary = text("SELECT secretary_name FROM organisation WHERE id = " + unit);
        long reads = audited("READ", unit);
        for (String refused : List.of("bithu28", "lanhdao", "thuongvu", "tuyengiao", "quantri")) {
            Api.Reply r = as(refused).get(path);
            assertThat(r.status()).as(refused).isEqualTo(403);
            assertThat(r.body()).as(refused).doesNotContain(secretary).doesNotContain(name(unit));
            Api.Reply write = as(refused).post(path, "{\"kind\":\"CAP_UY_VIEN\",\"personName\":\"Kẻ Lạ (thử)\",\"heldFrom\":\"2024-01-01\",\"cameBy\":\"ELECTED\"}");
            assertThat(write.status()).as(refused).isEqualTo(403);
        }
        assertThat(audited("READ", unit)).isEqualTo(reads);
        assertThat(as("tochuc").get(path).status()).isEqualTo(200);
        assertThat(audited("READ", unit)).isEqualTo(reads + 1);

        // leadership sees counts, never a person
        Api.Reply counts = as("lanhdao").get("api/v1/officers/counts");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.json().getJsonNumber("units").longValue()).isEqualTo(count("SELECT count(*) FROM organisation WHERE active"));
        assertThat(counts.json().getJsonNumber("withSecretary").longValue()).isEqualTo(count("SELECT count(DISTINCT organisation_id) FROM officer_post p"
                + " JOIN organisation o ON o.id = p.organisation_id WHERE o.active AND kind = 'BI_THU' AND held_from <= " + HANOI_TODAY + " AND (held_to IS NULL OR held_to >= " + HANOI_TODAY + ")"));
        assertThat(counts.body()).doesNotContain(secretary);
        assertThat(as("bithu20").get("api/v1/officers/counts").status()).isEqualTo(403);

        // the export of personal data: the organisation board's staff only, and it is logged
        long exports = audited("EXPORT", -1);
        for (String refused : List.of("lanhdao", "thuongvu", "tuyengiao", "quantri", "bithu20")) {
            assertThat(as(refused).get("api/v1/exports/officers.xlsx").status()).as(refused).isEqualTo(403);
        }
        assertThat(audited("EXPORT", -1)).isEqualTo(exports);
        var xlsx = as("tochuc").exchange("GET", "api/v1/exports/officers.xlsx", null, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(cells(xlsx.body())).contains(secretary);
        var pdf = as("tochuc").exchange("GET", "api/v1/exports/officers.pdf?bloc=HCSN", null, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(audited("EXPORT", -1)).isEqualTo(exports + 2);
    }

    @Test
    void theCommitteeTheCongressElectedFlowsInWithoutBeingTypedAgain() throws SQLException {
        long unit = id("MAU-HCSN-24");
        long term = count("SELECT term_id FROM congress WHERE organisation_id = " + unit + " AND held_from IS NOT NULL ORDER BY held_from DESC, id LIMIT 1");
        assertThat(term).isPositive();
        // a unit whose congress results are in but whose officers were never recorded
        try (var c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("DELETE FROM officer_post WHERE organisation_id = " + unit);
            s.execute("DELETE FROM officer_committee WHERE organisation_id = " + unit);
        }
        String path = "api/v1/organisations/" + unit + "/officers";
        assertThat(as("bithu24").get(path).json().getJsonNumber("congressTermId").longValue()).isEqualTo(term);
        assertThat(fieldErrors(as("bithu24").post(path + "/from-congress", "").json())).containsOnlyKeys("term");
        assertThat(as("bithu28").post(path + "/from-congress?term=" + term, "").status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM officer_committee WHERE organisation_id = " + unit)).isZero();

        Api.Reply taken = as("bithu24").post(path + "/from-congress?term=" + term, "");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        JsonObject committee = taken.json().getJsonArray("committees").getJsonObject(0);
        assertThat((long) committee.getInt("approvedSize")).isEqualTo(count("SELECT committee_approved FROM congress WHERE organisation_id = " + unit + " AND term_id = " + term));
        assertThat((long) committee.getInt("electedSize")).isEqualTo(count("SELECT committee_elected FROM congress WHERE organisation_id = " + unit + " AND term_id = " + term));
        JsonObject secretary = current(taken.json(), "BI_THU");
        assertThat(secretary.getString("personName")).isEqualTo(text("SELECT secretary_name FROM congress WHERE organisation_id = " + unit + " AND term_id = " + term));
        assertThat(secretary.getString("cameBy")).isEqualTo("ELECTED");
        String decision = text("SELECT approval_decision_no FROM congress WHERE organisation_id = " + unit + " AND term_id = " + term);
        if (decision != null) {
            assertThat(secretary.getString("decisionNo")).isEqualTo(decision);
        }
        assertThat(text("SELECT secretary_name FROM organisation WHERE id = " + unit)).isEqualTo(secretary.getString("personName"));
        // taken once: a second time names the term
        assertThat(fieldErrors(as("bithu24").post(path + "/from-congress?term=" + term, "").json())).containsOnlyKeys("termId");

        // the statute: the committee cannot be approved larger than the unit's full members
        Api.Reply tooLarge = as("bithu24").put(path + "/committee", "{\"termId\":" + term + ",\"approvedSize\":500,\"electedSize\":9,\"startsOn\":\"2020-05-20\"}");
        assertThat(fieldErrors(tooLarge.json())).containsOnlyKeys("approvedSize");
    }
}
