package vn.partytrack.organisation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;
import vn.partytrack.it.TestDatabase;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry through its REST door, on Payara Micro against PostgreSQL: paging, filters, search without
 * diacritics, Vietnamese order, validation, optimistic locking, audit, and who may read or write what.
 */
class RegistryApiIT extends ApiIT {

    @Test
    void anonymousCallsAreRefusedWith401AndABasicChallenge() {
        Api.Reply reply = Api.anonymous(base).get("api/v1/organisations");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.wwwAuthenticate()).startsWith("Basic");
        assertThat(Api.as(base, "tochuc", "wrong-password").get("api/v1/organisations").status()).isEqualTo(401);
        assertThat(Api.anonymous(base).post("api/v1/organisations", "{}").status()).isEqualTo(401);
    }

    @Test
    void staffListABlocAPageAtATimeWithTheTotalTheDatabaseHolds() throws SQLException {
        long expected = count("SELECT count(*) FROM organisation o JOIN bloc b ON b.id = o.bloc_id WHERE b.code = 'HCSN' AND o.active");
        JsonObject page = as("tochuc").get("api/v1/organisations?bloc=HCSN&limit=10&offset=10").json();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(expected);
        assertThat(page.getJsonArray("rows")).hasSize(10);
        assertThat(page.getInt("offset")).isEqualTo(10);

        long schools = count("SELECT count(*) FROM organisation o JOIN sector s ON s.id = o.sector_id"
                + " JOIN organisation_type t ON t.id = o.type_id WHERE s.code = 'GIAO_DUC' AND t.code = 'CHI_BO_CO_SO' AND o.active");
        JsonObject filtered = as("tochuc").get("api/v1/organisations?sector=GIAO_DUC&type=CHI_BO_CO_SO&limit=500").json();
        assertThat(filtered.getJsonNumber("total").longValue()).isEqualTo(schools).isPositive();
        assertThat(filtered.getJsonArray("rows").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getString("sectorCode")).isEqualTo("GIAO_DUC"));
    }

    @Test
    void searchFindsTheSameUnitsWithOrWithoutDiacritics() throws SQLException {
        long hospitals = count("SELECT count(*) FROM organisation WHERE name ILIKE '%bệnh viện%' AND active");
        List<String> plain = names(as("tochuc").get("api/v1/organisations?q=benh%20vien&limit=500").json());
        List<String> accented = names(as("tochuc").get("api/v1/organisations?q=" + encode("BỆNH VIỆN") + "&limit=500").json());
        assertThat(plain).hasSize((int) hospitals).isNotEmpty().isEqualTo(accented)
                .allSatisfy(n -> assertThat(n).containsIgnoringCase("bệnh viện"));
        // đ folds to d as well
        assertThat(names(as("tochuc").get("api/v1/organisations?q=dang%20bo%20benh&limit=500").json()))
                .isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("Đảng bộ Bệnh viện"));
    }

    @Test
    void namesAreSortedInVietnameseOrder() {
        List<String> names = names(as("tochuc").get("api/v1/organisations?q=" + encode("Tiểu học") + "&limit=500&includeInactive=true").json());
        // byte order would put "Bình" before "Ánh" and "Đông" after everything
        assertThat(names).containsSubsequence(
                "Chi bộ Trường Tiểu học Ánh Dương", "Chi bộ Trường Tiểu học Bình Minh",
                "Chi bộ Trường Tiểu học Cầu Vồng", "Chi bộ Trường Tiểu học Đông Hồ");
        List<String> descending = names(as("tochuc").get("api/v1/organisations?q=" + encode("Tiểu học") + "&sort=name&desc=true&limit=500&includeInactive=true").json());
        assertThat(descending.get(0)).isEqualTo("Chi bộ Trường Tiểu học Đông Hồ");
    }

    @Test
    void aSecretaryReadsOnlyTheirOwnOrganisation() throws SQLException {
        long own = id("MAU-HCSN-02");
        long other = id("MAU-HCSN-03");
        JsonObject list = as("bithu02").get("api/v1/organisations?limit=500").json();
        assertThat(list.getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(own);
        assertThat(as("bithu02").get("api/v1/organisations/" + own).status()).isEqualTo(200);
        Api.Reply forbidden = as("bithu02").get("api/v1/organisations/" + other);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().getString("title")).isEqualTo("Không có quyền");
        assertThat(forbidden.body()).doesNotContain(name(other));
    }

    @Test
    void aSecretaryCannotChangeAnotherOrganisationAndNothingChanges() throws SQLException {
        long other = id("MAU-HCSN-05");
        JsonObject current = as("tochuc").get("api/v1/organisations/" + other).json();
        String before = row(other);
        Api.Reply reply = as("bithu04").put("api/v1/organisations/" + other, edit(current, Map.of("secretaryName", "Kẻ Lạ")));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(row(other)).isEqualTo(before);
    }

    @Test
    void aSecretaryUpdatesTheirOwnDetailsWhichIsAudited() throws SQLException {
        long own = id("MAU-HCSN-06");
        JsonObject current = as("bithu06").get("api/v1/organisations/" + own).json();
        Api.Reply reply = as("bithu06").put("api/v1/organisations/" + own, edit(current, Map.of(
                "secretaryName", "Nguyễn Văn Mới", "membersTotal", 30, "membersFull", 27, "membersProbationary", 3)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject saved = reply.json();
        assertThat(saved.getString("secretaryName")).isEqualTo("Nguyễn Văn Mới");
        assertThat(saved.getInt("membersTotal")).isEqualTo(30);
        assertThat(saved.getJsonNumber("version").longValue()).isEqualTo(current.getJsonNumber("version").longValue() + 1);
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, action, before_state, after_state FROM audit_entry WHERE entity_type = 'ORGANISATION' AND entity_id = ? ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, own);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString("actor")).isEqualTo("bithu06");
                assertThat(r.getString("action")).isEqualTo("UPDATE");
                assertThat(r.getString("before_state")).contains(current.getString("secretaryName"));
                assertThat(r.getString("after_state")).contains("Nguyễn Văn Mới");
            }
        }
    }

    @Test
    void aSecretaryCannotMoveTheirOrganisationInTheStructure() throws SQLException {
        long own = id("MAU-HCSN-07");
        JsonObject current = as("bithu07").get("api/v1/organisations/" + own).json();
        String before = row(own);
        assertThat(as("bithu07").put("api/v1/organisations/" + own, edit(current, Map.of("blocCode", "PHUONG"))).status()).isEqualTo(403);
        assertThat(row(own)).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsCreate() throws SQLException {
        long before = count("SELECT count(*) FROM organisation");
        String json = newOrganisation("MAU-TEST-STAFF", "Chi bộ Thử nghiệm").build().toString();
        assertThat(as("tochuc").post("api/v1/organisations", json).status()).isEqualTo(403);
        assertThat(as("lanhdao").post("api/v1/organisations", json).status()).isEqualTo(403);
        assertThat(as("bithu01").post("api/v1/organisations", json).status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedFieldByFieldInVietnameseAndNothingIsSaved() throws SQLException {
        long before = count("SELECT count(*) FROM organisation");
        String json = newOrganisation("MAU-HCSN-01", "  ")
                .add("membersTotal", 10).add("membersFull", 8).add("membersProbationary", 1).build().toString();
        Api.Reply reply = as("quantri").post("api/v1/organisations", json);
        assertThat(reply.status()).isEqualTo(400);
        Map<String, String> errors = fieldErrors(reply.json());
        assertThat(errors).containsKeys("code", "name", "membersTotal");
        assertThat(errors.get("name")).isEqualTo("Vui lòng nhập tên tổ chức đảng.");
        assertThat(errors.get("code")).contains("đã được dùng");
        assertThat(errors.get("membersTotal")).contains("chính thức (8)").contains("dự bị (1)");
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before);

        Api.Reply english = as("quantri").inLanguage("en").post("api/v1/organisations", json);
        assertThat(fieldErrors(english.json()).get("name")).isEqualTo("Please enter the name.");

        Api.Reply negative = as("quantri").post("api/v1/organisations",
                newOrganisation("MAU-NEG", "Chi bộ Âm").add("membersTotal", -1).add("membersFull", -1).add("membersProbationary", 0).build().toString());
        assertThat(fieldErrors(negative.json())).containsEntry("membersFull", "Phải là số không âm.");

        Api.Reply tooLong = as("quantri").post("api/v1/organisations",
                newOrganisation("MAU-LONG", "x".repeat(301)).build().toString());
        assertThat(fieldErrors(tooLong.json())).containsEntry("name", "Nội dung dài quá 300 ký tự.");
    }

    @Test
    void unreadableBodiesGetAProblemNotAStackTrace() {
        Api.Reply broken = as("quantri").post("api/v1/organisations", "{\"code\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("title")).isEqualTo("Không đọc được nội dung gửi lên");
        Api.Reply wrongType = as("quantri").post("api/v1/organisations", "{\"membersTotal\": \"nhiều\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).doesNotContain("Exception").doesNotContain("at vn.");
        assertThat(as("tochuc").get("api/v1/organisations/999999").status()).isEqualTo(404);
        assertThat(as("tochuc").get("api/v1/organisations?limit=0").status()).isEqualTo(400);
    }

    @Test
    void administratorsCreateUpdateAndConcurrentEditsAreCaught() throws SQLException {
        Api admin = as("quantri");
        Api.Reply created = admin.post("api/v1/organisations", newOrganisation("MAU-TEST-01", "Chi bộ <b>Thử nghiệm</b> Đồng Xuân")
                .add("membersTotal", 12).add("membersFull", 10).add("membersProbationary", 2).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).contains("/api/v1/organisations/");
        JsonObject first = admin.get(URI.create(created.location()).getPath().substring(base.getPath().length())).json();
        assertThat(first.getString("name")).isEqualTo("Chi bộ <b>Thử nghiệm</b> Đồng Xuân");
        long id = first.getJsonNumber("id").longValue();

        Api.Reply update = admin.put("api/v1/organisations/" + id, edit(first, Map.of("hostUnit", "Trường Đồng Xuân")));
        assertThat(update.status()).isEqualTo(200);
        // a second editor still holding the first version is refused, and the first edit stays
        Api.Reply stale = admin.put("api/v1/organisations/" + id, edit(first, Map.of("hostUnit", "Ghi đè")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("api/v1/organisations/" + id).json().getString("hostUnit")).isEqualTo("Trường Đồng Xuân");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'ORGANISATION' AND entity_id = " + id)).isEqualTo(2);
    }

    @Test
    void fiveWrongPasswordsLockAnAccount() throws SQLException {
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(base, "bithu30", "sai-mat-khau-" + i).get("api/v1/organisations").status()).isEqualTo(401);
        }
        assertThat(as("bithu30").get("api/v1/organisations").status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM account WHERE username = 'bithu30' AND locked_until > now() + interval '14 minutes'")).isEqualTo(1);
        // the owner learns of the lock (a notification, and an e-mail with it), not whoever typed the name
        assertThat(count("SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.username = 'bithu30' AND n.kind = 'ACCOUNT_LOCKED'")).isEqualTo(1);
    }

    @Test
    void aYesOrNoParameterTakesOnlyTrueOrFalse() {
        Api.Reply banana = as("tochuc").get("api/v1/organisations?includeInactive=banana");
        assertThat(banana.status()).isEqualTo(400);
        assertThat(fieldErrors(banana.json())).containsKey("includeInactive");
        assertThat(as("tochuc").get("api/v1/organisations?includeInactive=TRUE").status()).isEqualTo(200);
        assertThat(as("tochuc").get("api/v1/organisations?includeInactive=false").status()).isEqualTo(200);
    }

    @Test
    void healthReportsTheDatabaseAndTheApiIsDescribed() {
        URI server = base.resolve("/");
        Api.Reply health = Api.anonymous(server).get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");
        Api.Reply openapi = Api.anonymous(server).get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/organisations");
    }

    @Test
    void theAuditTrailIsAppendOnlyInTheDatabase() throws SQLException {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("INSERT INTO audit_entry (actor, entity_type, action) VALUES ('test', 'TEST', 'CREATE')");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("UPDATE audit_entry SET actor = 'x'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM audit_entry"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void tablesExportToExcelAndPdfWithinTheCallersScope() throws Exception {
        byte[] xlsx = as("tochuc").download("api/v1/exports/organisations.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count("SELECT count(*) FROM organisation WHERE active"));
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên tổ chức đảng");
        }
        byte[] own = as("bithu02").download("api/v1/exports/organisations.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(own))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("MAU-HCSN-02");
        }
        long period = count("SELECT id FROM reporting_period WHERE code = '2020-H1'");
        byte[] pdf = as("tochuc").download("api/v1/exports/tracker.pdf?bloc=HCSN&period=" + period);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Tiến độ nộp báo cáo")
                    .contains("Hồng Ngọc").contains("Đã khóa").contains("Đúng hạn");
        }
        assertThat(as("bithu02").get("api/v1/exports/tracker.pdf?period=" + period).status()).isEqualTo(403);
        assertThat(as("bithu02").get("api/v1/exports/matrix.xlsx").status()).isEqualTo(403);
    }

    @Test
    void aFiftyThousandRowExportStreamsWithinMemory() throws Exception {
        try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("INSERT INTO organisation (code, name, type_id, active, sample) SELECT 'BULK-' || n, 'Chi bộ thử số ' || n,"
                    + " (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), false, true FROM generate_series(1, 50000) n");
        }
        try {
            long started = System.nanoTime();
            byte[] xlsx = as("tochuc").download("api/v1/exports/organisations.xlsx?includeInactive=true&q=BULK-");
            long millis = (System.nanoTime() - started) / 1_000_000;
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(50_000);
            }
            System.out.println("50,000-row xlsx export: " + millis + " ms, " + xlsx.length + " bytes");
        } finally {
            try (Connection c = TestDatabase.connect(); var s = c.createStatement()) {
                s.execute("DELETE FROM organisation WHERE code LIKE 'BULK-%'");
            }
        }
    }

    // ---- helpers

    static List<String> names(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList();
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
