package vn.partytrack.assessment;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;
import vn.partytrack.it.TestDatabase;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress reports through the REST door on Payara Micro and PostgreSQL: the workflow, its access rules, optimistic
 * locking, and reminders delivered in the app and by e-mail to a real SMTP server (GreenMail).
 */
class ReportsApiIT extends ApiIT {

    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(32525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    long currentPeriod() {
        return currentPeriod(as("tochuc"));
    }

    JsonObject open(String secretary, String unitCode, long period) throws SQLException {
        Api.Reply reply = as(secretary).post("api/v1/reports",
                Json.createObjectBuilder().add("organisationId", id(unitCode)).add("periodId", period).build().toString());
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json();
    }

    @Test
    void aSecretaryOpensAPrefilledDraftSavesItIncompleteAndSubmitsOnlyWhenValid() throws Exception {
        long period = currentPeriod();
        JsonObject draft = open("bithu02", "MAU-HCSN-02", period);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        long registryTotal = count("SELECT members_total FROM organisation WHERE code = 'MAU-HCSN-02'");
        assertThat(draft.getJsonObject("numbers").getInt("MEMBERS_TOTAL")).isEqualTo(registryTotal);
        long reportId = draft.getJsonNumber("id").longValue();

        // malformed figures are refused field by field and nothing is saved
        Api.Reply bad = as("bithu02").put("api/v1/reports/" + reportId, Json.createObjectBuilder()
                .add("numbers", Json.createObjectBuilder().add("ADMITTED", -3).add("MADE_FULL", 1.5).add("DISSEMINATION_ATTENDANCE", 120))
                .add("dates", Json.createObjectBuilder().add("STAFF_CONFERENCE_DATE", "2019-03-01"))
                .add("version", draft.getJsonNumber("version").longValue()).build().toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fieldErrors(bad.json())).containsEntry("numbers.ADMITTED", "Phải là số không âm.")
                .containsEntry("numbers.MADE_FULL", "Phải là số nguyên.")
                .containsEntry("numbers.DISSEMINATION_ATTENDANCE", "Giá trị phải từ 0 đến 100.")
                .containsKey("dates.STAFF_CONFERENCE_DATE");
        assertThat(as("bithu02").get("api/v1/reports/" + reportId).json().getJsonNumber("version").longValue())
                .isEqualTo(draft.getJsonNumber("version").longValue());

        // an incomplete draft saves
        Api.Reply partial = as("bithu02").put("api/v1/reports/" + reportId, Json.createObjectBuilder()
                .add("numbers", Json.createObjectBuilder().add("ADMITTED", 1))
                .add("texts", Json.createObjectBuilder().add("SITUATION", "Chi bộ ổn định."))
                .add("version", draft.getJsonNumber("version").longValue()).build().toString());
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        assertThat(partial.json().getJsonObject("texts").getString("SITUATION")).isEqualTo("Chi bộ ổn định.");

        // but does not submit, and stays a draft
        Api.Reply incomplete = as("bithu02").post("api/v1/reports/" + reportId + "/submit", "{}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fieldErrors(incomplete.json())).containsKeys("texts.POLITICAL", "numbers.MEETINGS_HELD");
        assertThat(as("bithu02").get("api/v1/reports/" + reportId).json().getString("status")).isEqualTo("DRAFT");

        // a rule broken across fields (a draft save replaces the whole content, so the figures come from the first reading)
        long version = partial.json().getJsonNumber("version").longValue();
        String inconsistent = complete(draft, version).add("numbers", Json.createObjectBuilder(complete(draft, version).build().getJsonObject("numbers"))
                .add("MEMBERS_FULL", 1)).build().toString();
        Api.Reply rule = as("bithu02").post("api/v1/reports/" + reportId + "/submit", inconsistent);
        assertThat(fieldErrors(rule.json()).get("numbers.MEMBERS_TOTAL"))
                .isEqualTo("Tổng số đảng viên phải bằng số chính thức cộng số dự bị.");

        Api.Reply submitted = as("bithu02").post("api/v1/reports/" + reportId + "/submit", complete(draft, version).build().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonObject report = submitted.json();
        assertThat(report.getString("status")).isEqualTo("SUBMITTED");
        LocalDate due = LocalDate.parse(report.getString("dueDate"));
        assertThat(report.getJsonObject("timeliness").getString("state"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).isAfter(due) ? "LATE" : "ON_TIME");
        assertThat(report.getJsonArray("items")).hasSize(2);
        assertThat(report.getJsonObject("texts").getString("SITUATION")).contains("<i>mẫu</i>");

        // district staff hear of it, in the app and by e-mail
        assertThat(as("tochuc").get("api/v1/notifications").body()).contains("Chi bộ Trường Mầm non Sơn Ca đã gửi báo cáo");
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> recipient(m).equals("tochuc@partytrack.example"))).isTrue();
    }

    @Test
    void theReportListFiltersByEveryStatusAndRefusesAnUnknownOne() throws Exception {
        long period = currentPeriod();
        long reportId = open("bithu03", "MAU-HCSN-03", period).getJsonNumber("id").longValue();
        for (String status : List.of("DRAFT", "SUBMITTED", "RESUBMITTED", "RETURNED", "ACCEPTED", "LOCKED")) {
            Api.Reply page = as("tochuc").get("api/v1/reports?status=" + status + "&limit=500");
            assertThat(page.status()).as(status + ": " + page.body()).isEqualTo(200);
            assertThat(page.json().getJsonArray("rows").getValuesAs(JsonObject.class))
                    .as(status).allSatisfy(r -> assertThat(r.getString("status")).isEqualTo(status));
        }
        // the report is found under its own status (whatever other tests did to it) and under no other
        String own = as("tochuc").get("api/v1/reports/" + reportId).json().getString("status");
        String other = own.equals("DRAFT") ? "SUBMITTED" : "DRAFT";
        assertThat(as("tochuc").get("api/v1/reports?status=" + own + "&limit=500").json().getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("reportId").longValue()).contains(reportId);
        assertThat(as("tochuc").get("api/v1/reports?status=" + other + "&limit=500").json().getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("reportId").longValue()).doesNotContain(reportId);
        Api.Reply unknown = as("tochuc").get("api/v1/reports?status=banana");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fieldErrors(unknown.json())).containsKey("status");
    }

    @Test
    void openingAReportThatExistsAnswers200WithoutLocationAndCreatesNothing() throws Exception {
        long period = currentPeriod();
        String body = Json.createObjectBuilder().add("organisationId", id("MAU-HCSN-04")).add("periodId", period).build().toString();
        as("bithu04").post("api/v1/reports", body);
        long before = count("SELECT count(*) FROM report");
        Api.Reply again = as("bithu04").post("api/v1/reports", body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.location()).isNull();
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(before);
    }

    @Test
    void aQuotedNumberInTheFiguresIsRefusedNamingTheFigure() throws Exception {
        JsonObject draft = open("bithu05", "MAU-HCSN-05", currentPeriod());
        long reportId = draft.getJsonNumber("id").longValue();
        Api.Reply quoted = as("bithu05").put("api/v1/reports/" + reportId, "{\"numbers\":{\"ADMITTED\":\"3\"},\"version\":"
                + draft.getJsonNumber("version").longValue() + "}");
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(400);
        assertThat(quoted.body()).contains("numbers");
        assertThat(as("bithu05").get("api/v1/reports/" + reportId).json().getJsonNumber("version").longValue())
                .isEqualTo(draft.getJsonNumber("version").longValue());
    }

    @Test
    void nobodyTouchesAReportThatIsNotTheirs() throws Exception {
        long period = currentPeriod();
        JsonObject draft = open("bithu03", "MAU-HCSN-03", period);
        long reportId = draft.getJsonNumber("id").longValue();
        String before = reportRow(reportId);

        assertThat(as("bithu04").get("api/v1/reports/" + reportId).status()).isEqualTo(403);
        assertThat(as("bithu04").put("api/v1/reports/" + reportId, complete(draft).build().toString()).status()).isEqualTo(403);
        assertThat(as("bithu04").post("api/v1/reports/" + reportId + "/submit", complete(draft).build().toString()).status()).isEqualTo(403);
        assertThat(as("bithu04").post("api/v1/reports", Json.createObjectBuilder().add("organisationId", id("MAU-HCSN-05"))
                .add("periodId", period).build().toString()).status()).isEqualTo(403);
        assertThat(as("tochuc").put("api/v1/reports/" + reportId, complete(draft).build().toString()).status()).isEqualTo(403);
        assertThat(reportRow(reportId)).isEqualTo(before);

        as("bithu03").post("api/v1/reports/" + reportId + "/submit", complete(draft).build().toString());
        assertThat(as("bithu03").post("api/v1/reports/" + reportId + "/accept", "{}").status()).isEqualTo(403);
        assertThat(as("lanhdao").post("api/v1/reports/" + reportId + "/accept", "{}").status()).isEqualTo(403);
        assertThat(as("quantri").post("api/v1/reports/" + reportId + "/accept", "{}").status()).isEqualTo(403);
        assertThat(as("lanhdao").get("api/v1/reports/" + reportId).status()).isEqualTo(200);

        JsonObject own = as("bithu03").get("api/v1/reports?limit=500").json();
        assertThat(own.getJsonArray("rows").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getString("organisationCode")).isEqualTo("MAU-HCSN-03"));
        assertThat(own.getJsonNumber("total").longValue())
                .isEqualTo(count("SELECT count(*) FROM report r JOIN organisation o ON o.id = r.organisation_id WHERE o.code = 'MAU-HCSN-03'"));
    }

    @Test
    void returnedWithAReasonCorrectedResubmittedAndAccepted() throws Exception {
        long period = currentPeriod();
        // MAU-HCSN-04 holds a sample draft for the current period
        JsonObject draft = open("bithu04", "MAU-HCSN-04", period);
        long reportId = draft.getJsonNumber("id").longValue();
        assertThat(as("bithu04").post("api/v1/reports/" + reportId + "/submit", complete(draft).build().toString()).status()).isEqualTo(200);

        Api.Reply noReason = as("tochuc").post("api/v1/reports/" + reportId + "/return", "{\"reason\": \"  \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fieldErrors(noReason.json())).containsEntry("reason", "Vui lòng ghi lý do.");

        String reason = "Đề nghị bổ sung số buổi sinh hoạt chuyên đề";
        Api.Reply returned = as("tochuc").post("api/v1/reports/" + reportId + "/return",
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(returned.status()).isEqualTo(200);
        JsonObject seen = as("bithu04").get("api/v1/reports/" + reportId).json();
        assertThat(seen.getString("status")).isEqualTo("RETURNED");
        assertThat(seen.getString("lastReturnReason")).isEqualTo(reason);
        assertThat(as("bithu04").get("api/v1/notifications").body()).contains(reason);

        JsonObject corrected = complete(seen).add("numbers", Json.createObjectBuilder(complete(seen).build().getJsonObject("numbers"))
                .add("MEETINGS_THEMATIC", 4)).build();
        Api.Reply resubmitted = as("bithu04").post("api/v1/reports/" + reportId + "/submit", corrected.toString());
        assertThat(resubmitted.json().getString("status")).isEqualTo("RESUBMITTED");
        Api.Reply accepted = as("tochuc").post("api/v1/reports/" + reportId + "/accept", "{}");
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.json().getJsonArray("history").getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .endsWith("SUBMIT", "RETURN", "RESUBMIT", "ACCEPT");
        assertThat(as("tochuc").post("api/v1/reports/" + reportId + "/return", "{\"reason\": \"muộn\"}").status()).isEqualTo(409);

        // an accepted report reopens only through an unlock request that staff grant
        assertThat(as("bithu04").put("api/v1/reports/" + reportId, corrected.toString()).status()).isEqualTo(409);
        as("bithu04").post("api/v1/reports/" + reportId + "/unlock-request", "{\"reason\": \"Cập nhật số đảng viên nữ\"}");
        JsonObject granted = as("tochuc").post("api/v1/reports/" + reportId + "/unlock-decision", "{\"grant\": true, \"comment\": \"Đồng ý\"}").json();
        assertThat(granted.getString("status")).isEqualTo("RETURNED");
        assertThat(granted.getJsonObject("actions").getBoolean("review")).isFalse();
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstKept() throws Exception {
        JsonObject draft = open("bithu07", "MAU-HCSN-07", currentPeriod());
        long reportId = draft.getJsonNumber("id").longValue();
        long version = draft.getJsonNumber("version").longValue();
        String first = Json.createObjectBuilder().add("texts", Json.createObjectBuilder().add("SITUATION", "Bản của người thứ nhất"))
                .add("version", version).build().toString();
        String second = Json.createObjectBuilder().add("texts", Json.createObjectBuilder().add("SITUATION", "Bản của người thứ hai"))
                .add("version", version).build().toString();
        assertThat(as("bithu07").put("api/v1/reports/" + reportId, first).status()).isEqualTo(200);
        Api.Reply conflict = as("bithu07").put("api/v1/reports/" + reportId, second);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().getString("title")).isEqualTo("Xung đột chỉnh sửa");
        assertThat(as("bithu07").get("api/v1/reports/" + reportId).json().getJsonObject("texts").getString("SITUATION"))
                .isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void staffAcceptSeveralReportsAtOnce() throws Exception {
        long period = currentPeriod();
        List<Long> waiting = longs("SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.period_id WHERE p.id = " + period
                + " AND r.status IN ('SUBMITTED', 'RESUBMITTED') ORDER BY r.id LIMIT 3");
        assertThat(waiting).hasSize(3);
        String batch = Json.createObjectBuilder().add("ids", Json.createArrayBuilder(waiting)).build().toString();
        assertThat(as("bithu05").post("api/v1/reports/accept", batch).status()).isEqualTo(403);
        assertThat(as("tochuc").post("api/v1/reports/accept", batch).body()).isEqualTo("3");
        assertThat(count("SELECT count(*) FROM report WHERE status = 'ACCEPTED' AND id IN (" + join(waiting) + ")")).isEqualTo(3);
    }

    @Test
    void remindersReachTheUnitsThatHaveNotSubmittedOnceInTheAppAndByEmail() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate due = today.plusDays(2);
        Api.Reply created = as("quantri").post("api/v1/periods", Json.createObjectBuilder()
                .add("code", "TEST-DOT-XUAT").add("kind", "AD_HOC").add("year", today.getYear())
                .add("nameVi", "Báo cáo đột xuất (thử)").add("nameEn", "Ad hoc report (test)")
                .add("startDate", today.withDayOfYear(1).toString()).add("endDate", due.toString())
                .add("cutoffDate", today.withDayOfYear(1).toString()).add("dueDate", due.toString()).add("open", true).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long grassroots = count("SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.active AND t.grassroots"
                + " AND EXISTS (SELECT 1 FROM account a WHERE a.organisation_id = o.id AND a.enabled)");

        assertThat(as("bithu05").post("api/v1/notifications/reminders", "{}").status()).isEqualTo(403);
        smtp.purgeEmailFromAllMailboxes();
        Api.Reply sent = as("tochuc").post("api/v1/notifications/reminders", "{}");
        long periodId = created.json().getJsonNumber("id").longValue();
        // other open periods may be due too, depending on today's date: count this period's reminders
        assertThat(Long.parseLong(sent.body())).isGreaterThanOrEqualTo(grassroots);
        assertThat(count("SELECT count(*) FROM notification WHERE dedupe_key LIKE 'DUE_SOON:" + periodId + ":%'")).isEqualTo(grassroots);
        assertThat(as("bithu09").get("api/v1/notifications").body()).contains("Báo cáo đột xuất (thử) đến hạn nộp ngày");
        assertThat(smtp.waitForIncomingEmail(20_000, (int) grassroots)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReportsApiIT::recipient)).contains("bithu09@partytrack.example");

        // sending again sends nothing new
        assertThat(as("tochuc").post("api/v1/notifications/reminders", "{}").body()).isEqualTo("0");

        JsonObject closed = as("quantri").get("api/v1/periods/" + periodId).json();
        as("quantri").put("api/v1/periods/" + periodId, Json.createObjectBuilder(closed).add("open", false).build().toString());
    }

    @Test
    void aClosedPeriodsReportsStayAsTheyAre() throws Exception {
        long locked = count("SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN organisation o ON o.id = r.organisation_id"
                + " WHERE p.code = '2020-H1' AND o.code = 'MAU-HCSN-08'");
        JsonObject report = as("bithu08").get("api/v1/reports/" + locked).json();
        assertThat(report.getString("status")).isEqualTo("LOCKED");
        assertThat(report.getJsonObject("actions").getBoolean("edit")).isFalse();
        Api.Reply refused = as("bithu08").put("api/v1/reports/" + locked, complete(report).build().toString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("không thể sửa");
    }

    @Test
    void theDistrictAnswersEachDifficultyAndTheUnitSeesTheAnswer() throws Exception {
        List<Long> items = longs("SELECT i.id FROM report_item i JOIN report r ON r.id = i.report_id JOIN reporting_period p ON p.id = r.period_id"
                + " WHERE p.code = '2020-H1' ORDER BY i.id LIMIT 1");
        assertThat(items).hasSize(1);
        long item = items.get(0);
        long reportId = count("SELECT report_id FROM report_item WHERE id = " + item);
        // the unit's secretary: MAU-HCSN-NN has the account bithuNN
        String unit = "bithu" + String.format("%02d", count("SELECT substring(o.code from 10)::int FROM report r"
                + " JOIN organisation o ON o.id = r.organisation_id WHERE r.id = " + reportId));

        Api.Reply noBoard = as("tochuc").put("api/v1/issues/" + item, "{\"response\": \"x\", \"status\": \"ANSWERED\"}");
        assertThat(fieldErrors(noBoard.json())).containsKey("boardCode");
        assertThat(as(unit).put("api/v1/issues/" + item, "{\"boardCode\": \"TO_CHUC\", \"response\": \"x\", \"status\": \"ANSWERED\"}").status()).isEqualTo(403);
        assertThat(as("lanhdao").put("api/v1/issues/" + item, "{\"boardCode\": \"TO_CHUC\", \"response\": \"x\", \"status\": \"ANSWERED\"}").status()).isEqualTo(403);

        Api.Reply answered = as("tochuc").put("api/v1/issues/" + item,
                "{\"boardCode\": \"TO_CHUC\", \"response\": \"Ban Tổ chức sẽ mở lớp bồi dưỡng vào quý III.\", \"status\": \"ANSWERED\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonObject report = as(unit).get("api/v1/reports/" + reportId).json();
        assertThat(report.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(i -> assertThat(i.getString("response", "")).isEqualTo("Ban Tổ chức sẽ mở lớp bồi dưỡng vào quý III."));
        JsonArray own = (JsonArray) as(unit).get("api/v1/issues").structure();
        assertThat(own.getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getJsonNumber("organisationId").longValue())
                        .isEqualTo(count("SELECT organisation_id FROM report WHERE id = " + reportId)));
        assertThat(as("lanhdao").get("api/v1/issues?status=ANSWERED").body()).contains("Ban Tổ chức sẽ mở lớp bồi dưỡng");
        assertThat(as(unit).get("api/v1/notifications").body()).contains("Ban Tổ chức sẽ mở lớp bồi dưỡng");

        // the register exports with the page's filters; a secretary's export holds only their own unit's items
        byte[] xlsx = as("tochuc").download("api/v1/exports/issues.xlsx?period=&bloc=&status=ANSWERED");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count("SELECT count(*) FROM report_item i LEFT JOIN report r ON r.id = i.report_id"
                    + " WHERE i.status = 'ANSWERED' AND (r.id IS NULL OR r.status <> 'DRAFT')"));
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Trả lời của cấp ủy cấp trên");
            assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow))
                    .anySatisfy(row -> {
                        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Ban Tổ chức sẽ mở lớp bồi dưỡng vào quý III.");
                        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Ban Tổ chức");
                        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Đã trả lời");
                    });
        }
        String ownName = name(count("SELECT organisation_id FROM report WHERE id = " + reportId));
        byte[] ownXlsx = as(unit).download("api/v1/exports/issues.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(ownXlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(own.size());
            assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow))
                    .allSatisfy(row -> assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ownName));
        }
        byte[] pdf = as(unit).download("api/v1/exports/issues.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Khó khăn, kiến nghị của các đơn vị");
        }
        assertThat(as(unit).get("api/v1/exports/issues.xlsx?period=x").status()).isEqualTo(400);
    }

    // ---- helpers

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String reportRow(long id) throws SQLException {
        try (var c = TestDatabase.connect(); var s = c.createStatement(); var r = s.executeQuery("SELECT x::text FROM report x WHERE id = " + id)) {
            r.next();
            return r.getString(1);
        }
    }

    static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
