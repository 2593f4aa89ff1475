package vn.partytrack.organisation;

import vn.partytrack.it.RegistrySnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registry changes through the API: each kind of change writes the organisation rows and, through the database's
 * trigger, their dated versions under the decision; a preview and every refused change leave everything as it was;
 * the figures of a past period stay as they stood.
 */
class RegistryChangesApiIT extends ApiIT {

    @BeforeAll
    static void keepTheRegistry() throws SQLException {
        RegistrySnapshot.take();
    }

    @AfterAll
    static void putTheRegistryBack() throws SQLException {
        RegistrySnapshot.restore();
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The committee the sample's hospitals and institutes sit under since the 2025 restructuring. */
    static long district() throws SQLException {
        return id("MAU-DUTP-UB");
    }

    /** A change of this kind by decision {@code number}, effective today, issued by the district committee. */
    static JsonObjectBuilder change(String kind, String number) throws SQLException {
        return Json.createObjectBuilder().add("kind", kind).add("effectiveOn", TODAY.toString())
                .add("decision", Json.createObjectBuilder().add("number", number).add("decidedOn", TODAY.toString())
                        .add("issuerId", district()));
    }

    static JsonArrayBuilder ids(long... ids) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (long id : ids) {
            a.add(id);
        }
        return a;
    }

    static JsonObjectBuilder newUnit(String code, String name, int full, int probationary) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("membersFull", full)
                .add("membersProbationary", probationary).add("membersTotal", full + probationary);
    }

    JsonObject record(JsonObjectBuilder change) {
        Api.Reply reply = as("tochuc").post("api/v1/registry-changes", change.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** What a refused change must leave as it was: organisations, their versions, decisions and successions. */
    static String state() throws SQLException {
        return text("SELECT md5(string_agg(t, '|' ORDER BY t)) FROM ("
                + " SELECT o::text AS t FROM organisation o UNION ALL SELECT v::text FROM organisation_version v"
                + " UNION ALL SELECT d::text FROM registry_decision d UNION ALL SELECT s::text FROM organisation_succession s) x");
    }

    void refused(JsonObjectBuilder change, String field) throws SQLException {
        String before = state();
        Api.Reply reply = as("tochuc").inLanguage("en").post("api/v1/registry-changes", change.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(fieldErrors(reply.json())).as(reply.body()).containsKey(field);
        assertThat(fieldErrors(reply.json()).get(field)).isNotBlank();
        assertThat(state()).as("nothing changed by " + reply.body()).isEqualTo(before);
    }

    @Test
    void aTransferMovesTheUnitWithItsSubtreeAndWritesVersionsUnderTheDecision() throws SQLException {
        JsonObject ward = record(change("ESTABLISH", "01-QĐ/TU").add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-DU-BM", "Đảng ủy phường Bạch Mai", 0, 0).add("typeCode", "DANG_UY_PHUONG"))));
        long wardId = ward.getJsonArray("established").getJsonNumber(0).longValue();
        assertThat(count("SELECT count(*) FROM organisation_version WHERE organisation_id = " + wardId + " AND valid_from = '" + TODAY + "'")).isEqualTo(1);

        long hospital = id("MAU-HCSN-15");
        long cells = count("SELECT count(*) FROM organisation WHERE parent_id = " + hospital);
        long cellsOfBoth = count("SELECT count(*) FROM organisation WHERE parent_id IN (" + hospital + ", " + id("MAU-HCSN-16") + ")");
        assertThat(cells).isPositive();
        JsonObject moved = record(change("TRANSFER", "02-QĐ/TU").add("unitIds", ids(hospital, id("MAU-HCSN-16"))).add("targetId", wardId));
        long decision = moved.getJsonNumber("decisionId").longValue();
        assertThat(moved.getBoolean("preview")).isFalse();
        assertThat(moved.getInt("units")).isEqualTo(2 + (int) cellsOfBoth);

        String wardPath = text("SELECT path FROM organisation WHERE id = " + wardId);
        assertThat(text("SELECT path FROM organisation WHERE id = " + hospital)).isEqualTo(wardPath + hospital + "/");
        assertThat(count("SELECT count(*) FROM organisation WHERE parent_id = " + hospital + " AND path LIKE '" + wardPath + hospital + "/%'"))
                .isEqualTo(cells);
        // the old version ends today, the new one begins today under the decision; the cells got new paths too
        assertThat(count("SELECT count(*) FROM organisation_version WHERE organisation_id = " + hospital
                + " AND valid_to = '" + TODAY + "' AND parent_id = " + district())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation_version WHERE organisation_id = " + hospital
                + " AND valid_from = '" + TODAY + "' AND valid_to IS NULL AND parent_id = " + wardId + " AND decision_id = " + decision)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation_version v JOIN organisation o ON o.id = v.organisation_id"
                + " WHERE o.parent_id = " + hospital + " AND v.valid_to IS NULL AND v.path LIKE '" + wardPath + "%' AND v.decision_id = " + decision))
                .isEqualTo(cells);

        JsonObject history = as("lanhdao").get("api/v1/organisations/" + hospital + "/history").json();
        List<JsonObject> versions = history.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        JsonObject last = versions.get(versions.size() - 1);
        assertThat(last.getJsonNumber("parentId").longValue()).isEqualTo(wardId);
        assertThat(last.getJsonObject("decision").getString("number")).isEqualTo("02-QĐ/TU");
        assertThat(last.getJsonObject("decision").getString("kind")).isEqualTo("TRANSFER");
        assertThat(versions.get(versions.size() - 2).getString("validTo")).isEqualTo(TODAY.toString());
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'REGISTRY_DECISION' AND entity_id = " + decision)).isEqualTo(1);
    }

    @Test
    void aMergerEndsTheUnitsAndLinksThemToTheirSuccessor() throws SQLException {
        long a = id("MAU-HCSN-03");
        long b = id("MAU-HCSN-04");
        long into = id("MAU-HCSN-05");
        long members = count("SELECT sum(members_total) FROM organisation WHERE id IN (" + a + "," + b + "," + into + ")");
        JsonObject merged = record(change("MERGE", "03-QĐ/QU").add("unitIds", ids(a, b)).add("targetId", into));
        long decision = merged.getJsonNumber("decisionId").longValue();

        assertThat(count("SELECT count(*) FROM organisation WHERE id IN (" + a + "," + b + ") AND NOT active")).isEqualTo(2);
        assertThat(count("SELECT members_total FROM organisation WHERE id = " + into)).isEqualTo(members);
        assertThat(count("SELECT count(*) FROM organisation_version WHERE organisation_id IN (" + a + "," + b + ") AND valid_to IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM organisation_succession WHERE successor_id = " + into + " AND decision_id = " + decision)).isEqualTo(2);

        JsonObject successor = as("tochuc").get("api/v1/organisations/" + into + "/history").json();
        assertThat(successor.getJsonArray("predecessors").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("organisationId").longValue()).containsExactlyInAnyOrder(a, b);
        JsonObject predecessor = as("tochuc").get("api/v1/organisations/" + a + "/history").json();
        assertThat(predecessor.getJsonArray("successors").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("organisationId").longValue()).containsExactly(into);
        assertThat(predecessor.getJsonArray("successors").getJsonObject(0).getJsonObject("decision").getString("kind")).isEqualTo("MERGE");
    }

    @Test
    void aSplitEstablishesTheSuccessorsAndTheSubordinateCellsGoToTheFirst() throws SQLException {
        long source = id("MAU-HCSN-21");
        List<Long> sourceCells = longs("SELECT id FROM organisation WHERE parent_id = " + source + " AND active ORDER BY id");
        assertThat(sourceCells).hasSizeGreaterThan(1);
        // the second new unit takes the last cell; the others go to the first
        long taken = sourceCells.get(sourceCells.size() - 1);
        long cells = sourceCells.size() - 1;
        // a cell that is not the split unit's is refused, naming the new unit's list
        refused(change("SPLIT", "X-21").add("unitIds", ids(source)).add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-HCSN-21A", "Một", 30, 2))
                .add(newUnit("MAU-HCSN-21B", "Hai", 12, 1).add("subordinateIds", ids(id("MAU-HCSN-01"))))), "newUnits[1].subordinateIds");
        JsonObject split = record(change("SPLIT", "04-QĐ/QU").add("unitIds", ids(source)).add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-HCSN-21A", "Đảng bộ Viện Thủy lực (mẫu)", 30, 2))
                .add(newUnit("MAU-HCSN-21B", "Chi bộ Viện Đê điều (mẫu)", 12, 1).add("subordinateIds", ids(taken)))));
        List<Long> established = split.getJsonArray("established").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        assertThat(established).hasSize(2);
        assertThat(count("SELECT count(*) FROM organisation WHERE id = " + source + " AND NOT active")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation WHERE parent_id = " + established.get(0) + " AND active")).isEqualTo(cells);
        assertThat(count("SELECT parent_id FROM organisation WHERE id = " + taken)).isEqualTo(established.get(1));
        assertThat(count("SELECT count(*) FROM organisation WHERE id = " + established.get(1) + " AND parent_id = " + district()
                + " AND type_id = (SELECT type_id FROM organisation WHERE id = " + source + ")")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation_succession WHERE predecessor_id = " + source)).isEqualTo(2);
        assertThat(as("tochuc").get("api/v1/organisations/" + established.get(1) + "/history").json().getJsonArray("predecessors")
                .getJsonObject(0).getJsonNumber("organisationId").longValue()).isEqualTo(source);
    }

    @Test
    void aRenamedUnitIsFoundByItsFormerName() throws SQLException {
        long unit = id("MAU-HCSN-06");
        String former = name(unit);
        assertThat(former).isEqualTo("Chi bộ Trường THCS Thanh Lam");
        record(change("RENAME", "05-QĐ/QU").add("unitIds", ids(unit)).add("name", "Chi bộ Trường Liên cấp Lam Sơn"));
        assertThat(name(unit)).isEqualTo("Chi bộ Trường Liên cấp Lam Sơn");
        // the former name without diacritics, as people type it
        JsonObject byFormer = as("tochuc").get("api/v1/organisations?q=" + encode("truong thcs thanh lam") + "&limit=50").json();
        assertThat(byFormer.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue()).contains(unit);
        List<JsonObject> versions = as("tochuc").get("api/v1/organisations/" + unit + "/history").json().getJsonArray("versions").getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("name")).containsSequence(former, "Chi bộ Trường Liên cấp Lam Sơn");
    }

    @Test
    void aDissolutionEndsTheUnitAndEverythingUnderIt() throws SQLException {
        long unit = id("MAU-HCSN-12");
        long cells = count("SELECT count(*) FROM organisation WHERE parent_id = " + unit + " AND active");
        assertThat(cells).isPositive();
        JsonObject dissolved = record(change("DISSOLVE", "06-QĐ/QU").add("unitIds", ids(unit)));
        assertThat(dissolved.getInt("units")).isEqualTo(1 + (int) cells);
        assertThat(count("SELECT count(*) FROM organisation WHERE (id = " + unit + " OR parent_id = " + unit + ") AND active")).isZero();
        assertThat(count("SELECT count(*) FROM organisation_version WHERE (organisation_id = " + unit
                + " OR organisation_id IN (SELECT id FROM organisation WHERE parent_id = " + unit + ")) AND valid_to = '" + TODAY + "'"))
                .isEqualTo(1 + cells);
        // the unit as it stood before today is still there
        assertThat(count("SELECT count(*) FROM units_at('" + TODAY.minusDays(1) + "') WHERE id = " + unit)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM units_at('" + TODAY + "') WHERE id = " + unit)).isZero();
    }

    @Test
    void aPreviewSaysWhatWouldMoveAndChangesNothing() throws SQLException {
        long unit = id("MAU-HCSN-32");
        long cells = count("SELECT count(*) FROM organisation WHERE parent_id = " + unit + " AND active");
        long ward = id("MAU-HCSN-15");
        String before = state();
        Api.Reply reply = as("quantri").post("api/v1/registry-changes",
                change("TRANSFER", "07-QĐ/QU").add("unitIds", ids(unit)).add("targetId", ward)
                        .add("preview", true).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject preview = reply.json();
        assertThat(preview.getBoolean("preview")).isTrue();
        assertThat(preview.containsKey("decisionId") && !preview.isNull("decisionId")).isFalse();
        List<JsonObject> moves = preview.getJsonArray("moves").getValuesAs(JsonObject.class);
        assertThat(moves).hasSize(1 + (int) cells);
        assertThat(moves.get(0).getString("change")).isEqualTo("TRANSFER");
        assertThat(moves.get(0).getJsonNumber("organisationId").longValue()).isEqualTo(unit);
        assertThat(moves.subList(1, moves.size())).allSatisfy(m -> assertThat(m.getString("change")).isEqualTo("MOVES_WITH"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void thePastFiguresOfABlocStayAsTheyStoodAfterAChangeDatedToday() throws SQLException {
        long period = count("SELECT id FROM reporting_period WHERE code = '2020-H1'");
        // the units as they stood at the cut-off (their versions end today, so valid_to is left out)
        String units = "SELECT string_agg(concat_ws(',', u.id, u.code, u.name, u.type_id, u.parent_id, u.path, u.bloc_id, u.sector_id,"
                + " u.members_total, u.valid_from), '|' ORDER BY u.id) FROM units_at('2020-06-15') u";
        String rollups = "SELECT string_agg(r::text, '|' ORDER BY r::text) FROM (SELECT committee_id, bloc_id, submitted, on_time FROM report_rollup"
                + " WHERE period_id = " + period + " UNION ALL SELECT committee_id, bloc_id, total::int, 0 FROM figure_rollup WHERE period_id = " + period + ") r";
        String unitsBefore = text(units);
        String rollupsBefore = text(rollups);
        JsonObject dashboardBefore = as("lanhdao").get("api/v1/dashboard?bloc=HCSN&period=" + period).json();

        JsonObject ward = record(change("ESTABLISH", "08-QĐ/TU").add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-DU-VT", "Đảng ủy phường Vĩnh Tuy", 0, 0).add("typeCode", "DANG_UY_PHUONG"))));
        long wardId = ward.getJsonArray("established").getJsonNumber(0).longValue();
        record(change("TRANSFER", "09-QĐ/TU").add("unitIds", ids(id("MAU-HCSN-07"), id("MAU-HCSN-08"), id("MAU-HCSN-09"))).add("targetId", wardId));
        record(change("MERGE", "10-QĐ/QU").add("unitIds", ids(id("MAU-HCSN-10"))).add("targetId", id("MAU-HCSN-33")));
        record(change("DISSOLVE", "11-QĐ/QU").add("unitIds", ids(id("MAU-HCSN-30"))));

        assertThat(text(units)).isEqualTo(unitsBefore);
        assertThat(text(rollups)).isEqualTo(rollupsBefore);
        JsonObject dashboardAfter = as("lanhdao").get("api/v1/dashboard?bloc=HCSN&period=" + period).json();
        assertThat(dashboardAfter.getJsonObject("reports")).isEqualTo(dashboardBefore.getJsonObject("reports"));
    }

    @Test
    void badChangesAreRefusedNamingTheFieldAndChangeNothing() throws SQLException {
        long unit = id("MAU-HCSN-20");
        long cell = longs("SELECT id FROM organisation WHERE parent_id = " + id("MAU-HCSN-32") + " AND active").get(0);
        refused(change("TRANSFER", "X-1").add("unitIds", ids(id("MAU-HCSN-32"))).add("targetId", cell), "targetId");
        refused(change("TRANSFER", "X-2").add("unitIds", ids(unit)).add("targetId", unit), "targetId");
        refused(change("TRANSFER", "X-3").add("unitIds", ids(unit)).add("targetId", 99_999_999), "targetId");
        refused(change("TRANSFER", "X-4").add("unitIds", ids(unit)), "targetId");
        refused(change("TRANSFER", "X-5").add("unitIds", Json.createArrayBuilder()).add("targetId", district()), "unitIds");
        refused(change("RENAME", "X-6").add("unitIds", ids(99_999_998)).add("name", "Tên mới"), "unitIds");
        refused(change("DISSOLVE", "X-7").add("unitIds", ids(unit)).add("effectiveOn", "2019-01-01"), "effectiveOn");
        refused(change("DISSOLVE", "X-8").add("unitIds", ids(unit)).add("effectiveOn", TODAY.plusDays(3).toString()), "effectiveOn");
        refused(change("DISSOLVE", "X-9").add("unitIds", ids(unit)).remove("effectiveOn"), "effectiveOn");
        refused(change("DISSOLVE", "X-10").add("unitIds", ids(unit)).remove("decision"), "decision.number");
        refused(change("DISSOLVE", "X-11").add("unitIds", ids(unit)).add("decision", Json.createObjectBuilder().add("number", "X-11")
                .add("issuerId", district())), "decision.decidedOn");
        refused(Json.createObjectBuilder().add("unitIds", ids(unit)), "kind");
        refused(change("MOVE", "X-12").add("unitIds", ids(unit)), "kind");
        refused(change("SPLIT", "X-13").add("unitIds", ids(unit)).add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-X-13", "Một", 3, 0))), "newUnits");
        refused(change("SPLIT", "X-14").add("unitIds", ids(unit)).add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-HCSN-01", "Một", 3, 0)).add(newUnit("MAU-X-14", "Hai", 3, 0))), "newUnits[0].code");
        refused(change("ESTABLISH", "X-15").add("newUnits", Json.createArrayBuilder().add(newUnit("MAU-X-15", "Mới", 3, 0))), "newUnits[0].typeCode");

        // a merger into a dissolved unit, and into one that did not exist yet on the day
        long gone = id("MAU-HCSN-31");
        record(change("DISSOLVE", "12-QĐ/QU").add("unitIds", ids(gone)));
        refused(change("MERGE", "X-16").add("unitIds", ids(unit)).add("targetId", gone), "targetId");
        JsonObject fresh = record(change("ESTABLISH", "13-QĐ/QU").add("targetId", district()).add("newUnits", Json.createArrayBuilder()
                .add(newUnit("MAU-HCSN-40", "Chi bộ mới thành lập (mẫu)", 5, 0).add("typeCode", "CHI_BO_CO_SO"))));
        long freshId = fresh.getJsonArray("established").getJsonNumber(0).longValue();
        refused(change("MERGE", "X-17").add("unitIds", ids(unit)).add("targetId", freshId).add("effectiveOn", TODAY.minusDays(1).toString()), "targetId");
        // a change dated before the unit's latest version
        long renamed = id("MAU-HCSN-19");
        record(change("RENAME", "14-QĐ/QU").add("unitIds", ids(renamed)).add("name", "Chi bộ đổi tên hôm nay (mẫu)"));
        refused(change("RENAME", "X-18").add("unitIds", ids(renamed)).add("name", "Tên khác").add("effectiveOn", TODAY.minusDays(1).toString()), "effectiveOn");
    }

    @Test
    void onlyAdministratorsAndTheOrganisationBoardRecordChanges() throws SQLException {
        String body = change("DISSOLVE", "Y-1").add("unitIds", ids(id("MAU-HCSN-29"))).add("preview", true).build().toString();
        String before = state();
        assertThat(as("bithu29").post("api/v1/registry-changes", body).status()).isEqualTo(403);
        assertThat(as("lanhdao").post("api/v1/registry-changes", body).status()).isEqualTo(403);
        assertThat(as("tuyengiao").post("api/v1/registry-changes", body).status()).isEqualTo(403);
        assertThat(as("quantri").post("api/v1/registry-changes", body).status()).isEqualTo(200);
        assertThat(as("tochuc").post("api/v1/registry-changes", body).status()).isEqualTo(200);
        assertThat(state()).isEqualTo(before);
        assertThat(as("bithu28").get("api/v1/organisations/" + id("MAU-HCSN-29") + "/history").status()).isEqualTo(403);
        assertThat(as("bithu29").get("api/v1/organisations/" + id("MAU-HCSN-29") + "/history").status()).isEqualTo(200);
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
