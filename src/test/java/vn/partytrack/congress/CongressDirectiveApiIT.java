package vn.partytrack.congress;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Congresses and directive implementation through the REST door: figures that match the database, the shared
 * review for district-confirmed stages and for implementations, and who may do what.
 */
class CongressDirectiveApiIT extends ApiIT {

    long term(String code) throws SQLException {
        return count("SELECT id FROM congress_term WHERE code = '" + code + "'");
    }

    @Test
    void theProgressOfTheSampleTermMatchesTheDatabase() throws SQLException {
        long term = term("2020-2025");
        JsonObject progress = as("tochuc").get("api/v1/congresses/progress?term=" + term + "&bloc=HCSN").json();
        // without a period: the units as they stood at the term's deadline for grassroots congresses
        String units = "FROM congress c JOIN congress_term t ON t.id = c.term_id CROSS JOIN LATERAL units_at(t.grassroots_deadline) o"
                + " JOIN bloc b ON b.id = o.bloc_id WHERE o.id = c.organisation_id AND b.code = 'HCSN' AND t.id = " + term;
        assertThat(progress.getInt("held")).isEqualTo(count("SELECT count(*) " + units + " AND c.held_from IS NOT NULL"));
        assertThat(progress.getInt("onSchedule")).isEqualTo(count("SELECT count(*) " + units
                + " AND c.held_from <= c.planned_date AND c.held_from <= t.grassroots_deadline"));
        assertThat(progress.getInt("pilots")).isEqualTo(count("SELECT count(*) " + units + " AND c.pilot")).isEqualTo(3);
        assertThat(progress.getJsonArray("rows").getValuesAs(JsonObject.class).subList(0, 3))
                .allSatisfy(r -> assertThat(r.getBoolean("pilot")).isTrue());
        assertThat(as("bithu01").get("api/v1/congresses/progress?term=" + term).status()).isEqualTo(403);
        JsonArray own = (JsonArray) as("bithu01").get("api/v1/congresses?term=" + term).structure();
        assertThat(own.getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getString("organisationCode")).isEqualTo("MAU-HCSN-01"));
    }

    @Test
    void aDistrictStageIsSubmittedReturnedCorrectedAndConfirmed() throws SQLException {
        String termJson = Json.createObjectBuilder().add("code", "TEST-2025").add("nameVi", "Nhiệm kỳ thử").add("nameEn", "Test term")
                .add("grassrootsDeadline", java.time.LocalDate.now().plusDays(60).toString()).add("delegateThreshold", 200).build().toString();
        assertThat(as("tochuc").post("api/v1/congresses/terms", termJson).status()).isEqualTo(403);
        assertThat(fieldErrors(as("quantri").post("api/v1/congresses/terms", termJson.replace("200", "0")).json()))
                .containsKey("delegateThreshold");
        assertThat(as("quantri").post("api/v1/congresses/terms", termJson).status()).isEqualTo(201);
        assertThat(as("quantri").post("api/v1/congresses/terms", termJson).status()).isEqualTo(400);
        long term = term("TEST-2025");
        Api.Reply opened = as("bithu05").post("api/v1/congresses", Json.createObjectBuilder()
                .add("organisationId", id("MAU-HCSN-05")).add("termId", term).build().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long congress = opened.json().getJsonNumber("id").longValue();
        assertThat(opened.json().getJsonObject("details").getString("format")).isEqualTo("ALL_MEMBERS");

        // staff plan, the secretary may not
        long version = opened.json().getJsonObject("details").getJsonNumber("version").longValue();
        String plan = "{\"pilot\": true, \"plannedDate\": \"" + java.time.LocalDate.now().plusDays(20) + "\", \"version\": " + version + "}";
        assertThat(as("bithu05").put("api/v1/congresses/" + congress + "/plan", plan).status()).isEqualTo(403);
        assertThat(as("tochuc").put("api/v1/congresses/" + congress + "/plan", plan).json().getBoolean("pilot")).isTrue();

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Api.Reply future = as("bithu05").post("api/v1/congresses/" + congress + "/stages",
                "{\"stageCode\": \"KE_HOACH\", \"completedOn\": \"2099-01-01\"}");
        assertThat(fieldErrors(future.json())).containsEntry("completedOn", "Ngày không thể ở tương lai.");
        assertThat(as("bithu06").post("api/v1/congresses/" + congress + "/stages",
                "{\"stageCode\": \"KE_HOACH\", \"completedOn\": \"" + today + "\"}").status()).isEqualTo(403);
        as("bithu05").post("api/v1/congresses/" + congress + "/stages", "{\"stageCode\": \"KE_HOACH\", \"completedOn\": \"" + today + "\"}");
        // stages come in order: the approval to convene cannot be recorded before the documents go up
        assertThat(fieldErrors(as("bithu05").post("api/v1/congresses/" + congress + "/stages",
                "{\"stageCode\": \"DONG_Y_TO_CHUC\", \"completedOn\": \"" + today + "\"}").json())).containsKey("stageCode");
        for (String stage : java.util.List.of("VAN_KIEN", "NHAN_SU", "TRINH_CAP_TREN")) {
            as("bithu05").post("api/v1/congresses/" + congress + "/stages", "{\"stageCode\": \"" + stage + "\", \"completedOn\": \"" + today + "\"}");
        }
        as("bithu05").post("api/v1/congresses/" + congress + "/stages",
                "{\"stageCode\": \"DONG_Y_TO_CHUC\", \"completedOn\": \"" + today + "\", \"note\": \"Công văn 12-CV/QU\"}");
        // recorded but not confirmed: the unit is still at its own last stage
        JsonObject row = rowOf(as("tochuc").get("api/v1/congresses/progress?term=" + term).json(), "MAU-HCSN-05");
        assertThat(row.getString("currentStage")).isEqualTo("TRINH_CAP_TREN");

        as("bithu05").post("api/v1/congresses/" + congress + "/stages/DONG_Y_TO_CHUC/submit", "{}");
        assertThat(as("lanhdao").post("api/v1/congresses/" + congress + "/stages/DONG_Y_TO_CHUC/accept", "{}").status()).isEqualTo(403);
        assertThat(as("tochuc").post("api/v1/congresses/" + congress + "/stages/DONG_Y_TO_CHUC/return", "{}").status()).isEqualTo(400);
        JsonObject returned = as("tochuc").post("api/v1/congresses/" + congress + "/stages/DONG_Y_TO_CHUC/return",
                "{\"reason\": \"Bổ sung đề án nhân sự\"}").json();
        assertThat(stage(returned, "DONG_Y_TO_CHUC").getString("status")).isEqualTo("RETURNED");
        assertThat(stage(as("bithu05").get("api/v1/congresses/" + congress).json(), "DONG_Y_TO_CHUC").getString("lastReturnReason"))
                .isEqualTo("Bổ sung đề án nhân sự");
        as("bithu05").post("api/v1/congresses/" + congress + "/stages",
                "{\"stageCode\": \"DONG_Y_TO_CHUC\", \"completedOn\": \"" + today + "\", \"note\": \"Công văn 15-CV/QU\"}");
        as("bithu05").post("api/v1/congresses/" + congress + "/stages/DONG_Y_TO_CHUC/submit", "{}");
        JsonObject accepted = as("tochuc").post("api/v1/congresses/" + congress + "/stages/DONG_Y_TO_CHUC/accept", "{}").json();
        assertThat(stage(accepted, "DONG_Y_TO_CHUC").getString("status")).isEqualTo("ACCEPTED");
        assertThat(stage(accepted, "DONG_Y_TO_CHUC").getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("CREATE", "SUBMIT", "RETURN", "RESUBMIT", "ACCEPT");
        // once confirmed, the unit may no longer change it
        assertThat(as("bithu05").post("api/v1/congresses/" + congress + "/stages",
                "{\"stageCode\": \"DONG_Y_TO_CHUC\", \"completedOn\": \"" + today + "\"}").status()).isEqualTo(409);
        assertThat(rowOf(as("tochuc").get("api/v1/congresses/progress?term=" + term).json(), "MAU-HCSN-05").getString("currentStage"))
                .isEqualTo("DONG_Y_TO_CHUC");

        // the details: attendance cannot exceed those summoned
        JsonObject details = accepted.getJsonObject("details");
        Api.Reply bad = as("bithu05").put("api/v1/congresses/" + congress, Json.createObjectBuilder(details)
                .add("summoned", 20).add("attending", 25).build().toString());
        assertThat(fieldErrors(bad.json())).containsEntry("attending", "Số có mặt không thể lớn hơn số được triệu tập.");
        assertThat(as("bithu06").get("api/v1/congresses/" + congress).status()).isEqualTo(403);
    }

    @Test
    void aDocumentIsAssignedDisseminatedSubmittedAndCountedInTheMatrix() throws SQLException {
        Api.Reply created = as("tuyengiao").post("api/v1/directives", Json.createObjectBuilder()
                .add("number", "99-CT/QU").add("kind", "CHI_THI").add("issuer", "QUAN").add("issuedOn", "2020-09-01")
                .add("title", "Về tăng cường công tác thử nghiệm").add("ownerBoardCode", "TUYEN_GIAO")
                .add("disseminationDeadline", "2020-10-31").add("planRequired", false).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long directive = created.json().getJsonNumber("id").longValue();
        // the number's shape says it is official; the name generated text uses follows
        assertThat(created.json().getBoolean("numbered")).isTrue();
        assertThat(created.json().getString("officialName")).isEqualTo("Chỉ thị số 99-CT/QU về tăng cường công tác thử nghiệm");
        String named = Json.createObjectBuilder().add("number", "KH-THU").add("kind", "KE_HOACH").add("issuer", "QUAN")
                .add("title", "Về thử nghiệm").add("numbered", true).add("issuingBody", "Ban Thường vụ Quận ủy").build().toString();
        assertThat(fieldErrors(as("tuyengiao").post("api/v1/directives", named).json())).containsKey("number");
        assertThat(fieldErrors(as("tuyengiao").post("api/v1/directives", named.replace("Ban Thường vụ Quận ủy", "x".repeat(201))).json()))
                .containsKey("issuingBody");
        assertThat(count("SELECT count(*) FROM directive WHERE number = 'KH-THU'")).isZero();
        assertThat(as("bithu01").post("api/v1/directives", "{\"number\": \"x\", \"kind\": \"CHI_THI\", \"issuer\": \"QUAN\", \"title\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(as("tuyengiao").post("api/v1/directives", created.json().toString().replace("\"id\"", "\"ignored\"")).status()).isEqualTo(400);

        long units = count("SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE o.active AND t.grassroots AND b.code = 'HCSN'");
        assertThat(Long.parseLong(as("tuyengiao").post("api/v1/directives/" + directive + "/assignments", "{\"bloc\": \"HCSN\"}").body())).isEqualTo(units);
        assertThat(as("tuyengiao").post("api/v1/directives/" + directive + "/assignments", "{\"bloc\": \"HCSN\"}").body()).isEqualTo("0");

        assertThat(as("bithu02").get("api/v1/directive-implementations/own").body()).contains("99-CT/QU");
        Api.Reply opened = as("bithu02").post("api/v1/directive-implementations", Json.createObjectBuilder()
                .add("directiveId", directive).add("organisationId", id("MAU-HCSN-02")).build().toString());
        assertThat(opened.status()).isEqualTo(201);
        long impl = opened.json().getJsonNumber("id").longValue();
        long version = opened.json().getJsonObject("content").getJsonNumber("version").longValue();
        assertThat(as("bithu03").get("api/v1/directive-implementations/" + impl).status()).isEqualTo(403);

        Api.Reply empty = as("bithu02").post("api/v1/directive-implementations/" + impl + "/submit", "{}");
        assertThat(fieldErrors(empty.json())).containsKey("sessions");
        String tooMany = Json.createObjectBuilder().add("version", version).add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("heldOn", "2020-09-15").add("format", "IN_PERSON").add("membersAtDate", 11).add("membersAttending", 12))).build().toString();
        assertThat(fieldErrors(as("bithu02").put("api/v1/directive-implementations/" + impl, tooMany).json()))
                .containsEntry("sessions[0].membersAttending", "Số tham gia không thể lớn hơn số đảng viên tại thời điểm.");
        String good = Json.createObjectBuilder().add("version", version).add("results", "Đã quán triệt tới toàn thể đảng viên.")
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("heldOn", "2020-09-15").add("format", "IN_PERSON").add("membersAtDate", 11).add("membersAttending", 10).add("nonMembersAttending", 4)))
                .add("models", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "MODEL").add("name", "Chi bộ kiểu mẫu <b>xanh</b>")))
                .build().toString();
        Api.Reply submitted = as("bithu02").post("api/v1/directive-implementations/" + impl + "/submit", good);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");

        JsonObject matrix = as("tochuc").get("api/v1/directives/matrix?bloc=HCSN").json();
        JsonObject share = matrix.getJsonObject("shares").getJsonObject(String.valueOf(directive));
        assertThat(share.getInt("disseminated")).isEqualTo(1);
        assertThat(share.getInt("assigned")).isEqualTo((int) units);
        assertThat(share.getJsonArray("missing")).hasSize((int) units - 1);
        assertThat(as("bithu02").get("api/v1/directives/matrix").status()).isEqualTo(403);

        assertThat(as("bithu02").post("api/v1/directive-implementations/" + impl + "/accept", "{}").status()).isEqualTo(403);
        assertThat(as("tochuc").post("api/v1/directive-implementations/" + impl + "/accept", "{}").json().getString("status")).isEqualTo("ACCEPTED");

        // a document assigned to chosen units only cannot be opened by another unit
        long second = as("tuyengiao").post("api/v1/directives", Json.createObjectBuilder().add("number", "98-KH/QU").add("kind", "KE_HOACH")
                .add("issuer", "QUAN").add("title", "Kế hoạch thử").build().toString()).json().getJsonNumber("id").longValue();
        as("tuyengiao").post("api/v1/directives/" + second + "/assignments", "{\"organisationIds\": [" + id("MAU-HCSN-03") + "]}");
        Api.Reply notAssigned = as("bithu02").post("api/v1/directive-implementations", Json.createObjectBuilder()
                .add("directiveId", second).add("organisationId", id("MAU-HCSN-02")).build().toString());
        assertThat(notAssigned.status()).isEqualTo(400);
    }

    @Test
    void theSynthesisReportStatesWhatTheDatabaseHoldsAndKeepsFinalisedVersionsUnchanged() throws Exception {
        long period = count("SELECT id FROM reporting_period WHERE code = '2020-H1'");
        // the units as they stood at the period's cut-off (units merged or dissolved since count; their successors do not)
        String units = " FROM units_at('2020-06-15') o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE b.code = 'HCSN'";
        long n = count("SELECT count(*)" + units);
        String reports = " FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN bloc b ON b.id = o.bloc_id"
                + " JOIN reporting_period p ON p.id = r.period_id WHERE p.id = " + period + " AND b.code = 'HCSN'";
        long submitted = count("SELECT count(*)" + reports + " AND r.first_submitted_at IS NOT NULL");
        long onTime = count("SELECT count(*)" + reports + " AND (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date");
        long admitted = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + reports.replace("FROM report r", "FROM report r JOIN report_value v ON v.report_id = r.id")
                + " AND o.id IN (SELECT id FROM units_at('2020-06-15')) AND r.status <> 'DRAFT' AND v.indicator_code = 'ADMITTED'");

        Api.Reply draft = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        String text = draft.body();
        assertThat(text).contains(submitted + "/" + n + " đơn vị").contains("trong đó " + onTime + " đơn vị gửi đúng hạn")
                .contains("Kết nạp " + admitted + " đảng viên mới")
                .contains("100% các đơn vị nghiêm túc tổ chức quán triệt, triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh"
                        + " học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tới từng cán bộ, đảng viên.")
                .contains("Tính đến ngày 15/6/2020");
        assertThat(as("bithu01").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period).status()).isEqualTo(403);

        byte[] docx = as("lanhdao").download("api/v1/synthesis/draft.docx?bloc=HCSN&period=" + period);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("QUẬN ỦY HAI BÀ TRƯNG").contains("Kết nạp " + admitted + " đảng viên mới")
                    .contains("T/M BAN THƯỜNG VỤ").contains("Nơi nhận:");
        }

        JsonObject edited = Json.createObjectBuilder(draft.json()).add("number", "Số 125-BC/QU").build();
        String body = edited.toString().replace("Tiếp tục quán triệt", "Tập trung lãnh đạo hoàn thành");
        assertThat(as("lanhdao").post("api/v1/synthesis/versions?bloc=HCSN&period=" + period, body).status()).isEqualTo(403);
        Api.Reply finalised = as("tochuc").post("api/v1/synthesis/versions?bloc=HCSN&period=" + period, body);
        assertThat(finalised.status()).as(finalised.body()).isEqualTo(201);
        long id = finalised.json().getJsonNumber("id").longValue();
        assertThat(finalised.json().getString("finalisedBy")).isEqualTo("tochuc");
        byte[] first = as("lanhdao").download("api/v1/synthesis/versions/" + id + ".pdf");
        byte[] again = as("tochuc").download("api/v1/synthesis/versions/" + id + ".pdf");
        assertThat(again).isEqualTo(first);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(first)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Số 125-BC/QU").contains("Tập trung lãnh đạo hoàn thành")
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        }
    }

    static JsonObject rowOf(JsonObject progress, String code) {
        return progress.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("organisationCode").equals(code)).findFirst().orElseThrow();
    }

    static JsonObject stage(JsonObject congress, String code) {
        return congress.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
