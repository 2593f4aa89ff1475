package vn.partytrack.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.partytrack.platform.VietnameseFormat;

import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partytrack.it.ApiIT.PASSWORD;
import static vn.partytrack.it.ApiIT.count;
import static vn.partytrack.it.ApiIT.id;
import static vn.partytrack.it.ApiIT.name;
import static vn.partytrack.it.ApiIT.row;

/** What a secretary, district staff and an administrator meet in a real browser. */
@ExtendWith(ArquillianExtension.class)
class JourneysIT {

    static final String GRASSROOTS_HCSN = "SELECT count(*) FROM organisation o JOIN bloc b ON b.id = o.bloc_id"
            + " JOIN organisation_type t ON t.id = o.type_id WHERE b.code = 'HCSN' AND o.active AND t.grassroots";

    /** The HCSN grassroots units of this year's period as they stood at its cut-off: what its dashboard counts. */
    static final String GRASSROOTS_HCSN_AT_CUTOFF = "SELECT count(*) FROM reporting_period p CROSS JOIN LATERAL units_at(p.cutoff_date) o"
            + " JOIN bloc b ON b.id = o.bloc_id JOIN organisation_type t ON t.id = o.type_id AND t.grassroots WHERE b.code = 'HCSN'"
            + " AND p.code = extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int || '-YEAR'";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.partytrack();
    }

    @ArquillianResource
    URL deploymentUrl;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Deployments.base(deploymentUrl));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSecretarySeesTheirOwnOrganisationAndNothingElse() throws SQLException {
        long own = id("MAU-HCSN-01");
        long other = id("MAU-HCSN-03");
        browser.login("bithu01", PASSWORD);

        assertThat(browser.text("ownName")).isEqualTo(name(own));
        assertThat(browser.text("secretaryHome")).contains("14 (chính thức 12, dự bị 2)");
        assertThat(browser.exists("menuForm:m-organisations")).isFalse();
        assertThat(browser.exists("menuForm:m-admin")).isFalse();
        assertThat(browser.exists("districtHome")).isFalse();

        browser.open("organisation/list.xhtml");
        List<String> names = browser.driver().findElements(By.cssSelector("a.pt-org-link")).stream().map(WebElement::getText).toList();
        assertThat(names).containsExactly(name(own));

        browser.open("organisation/view.xhtml?id=" + other);
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");
        assertThat(browser.source()).doesNotContain(name(other));

        browser.open("organisation/edit.xhtml?id=" + other);
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");

        browser.open("account/list.xhtml");
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");
        browser.open("audit/log.xhtml");
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void aSecretaryIsToldNextToTheFieldWhatIsWrongAndMarkupStaysText() throws SQLException {
        long own = id("MAU-HCSN-08");
        browser.login("bithu08", PASSWORD);
        browser.open("organisation/edit.xhtml?id=" + own);
        assertThat(browser.byId("form:code").getAttribute("disabled")).isNotNull();
        String before = row(own);

        browser.typeNumber("form:membersTotal", 999);
        browser.click("form:save");
        assertThat(browser.text("form:membersTotal-message")).contains("Tổng số đảng viên phải bằng số chính thức");
        assertThat(row(own)).isEqualTo(before);

        String markup = "<img src=x onerror=\"document.title='hacked'\">Trường <b>mới</b>";
        browser.typeNumber("form:membersTotal", count("SELECT members_total FROM organisation WHERE id = " + own));
        browser.type("form:hostUnit", markup);
        browser.click("form:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("organisation/view.xhtml"));
        browser.waitForPage();
        assertThat(browser.text("hostUnit")).isEqualTo(markup);
        assertThat(browser.title()).doesNotContain("hacked");
        assertThat(browser.driver().findElements(By.cssSelector("#hostUnit img"))).isEmpty();
    }

    @Test
    void districtStaffSeeTheBlocAndFindUnitsWithoutDiacritics() throws SQLException {
        browser.login("tochuc", PASSWORD);
        assertThat(browser.text("unitCount")).isEqualTo(VietnameseFormat.number(count(GRASSROOTS_HCSN_AT_CUTOFF), Locale.forLanguageTag("vi")));
        assertThat(browser.exists("ownCard")).isFalse();
        assertThat(browser.exists("menuForm:m-admin")).isFalse();

        browser.open("organisation/list.xhtml");
        browser.type("list:search", "benh vien");
        long hospitals = count("SELECT count(*) FROM organisation WHERE name ILIKE '%bệnh viện%' AND active");
        browser.waitUntil(d -> d.findElements(By.cssSelector("a.pt-org-link")).size() == hospitals);
        List<String> names = browser.driver().findElements(By.cssSelector("a.pt-org-link")).stream().map(WebElement::getText).toList();
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).containsIgnoringCase("bệnh viện"));

        browser.driver().findElements(By.cssSelector("a.pt-org-link")).get(0).click();
        browser.waitForPage();
        assertThat(browser.text("name")).isEqualTo(names.get(0));
        assertThat(browser.exists("detail:edit")).isFalse();
        assertThat(browser.exists("detail:deactivate")).isFalse();

        browser.open("account/list.xhtml");
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void anAdministratorCreatesAndDeactivatesAnOrganisationAndTheAuditLogShowsIt() throws SQLException {
        browser.login("quantri", PASSWORD);
        long before = count(GRASSROOTS_HCSN);

        browser.open("organisation/edit.xhtml");
        browser.type("form:code", "MAU-HCSN-01");
        browser.type("form:name", "Chi bộ Trường Mầm non Thử Nghiệm");
        browser.choose("form:typeCode", "Chi bộ cơ sở");
        browser.choose("form:blocCode", "Khối Hành chính sự nghiệp");
        browser.choose("form:sectorCode", "Giáo dục");
        browser.typeNumber("form:membersTotal", 9);
        browser.typeNumber("form:membersFull", 8);
        browser.typeNumber("form:membersProbationary", 1);
        browser.click("form:save");
        assertThat(browser.text("form:code-message")).contains("đã được dùng");

        browser.type("form:code", "MAU-UI-01");
        browser.click("form:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("organisation/view.xhtml"));
        browser.waitForPage();
        assertThat(browser.text("name")).isEqualTo("Chi bộ Trường Mầm non Thử Nghiệm");
        assertThat(count(GRASSROOTS_HCSN)).isEqualTo(before + 1);

        browser.click("detail:deactivate");
        browser.clickVisible(".ui-confirmdialog-yes");
        assertThat(browser.text("detail:inactiveNote")).startsWith("Ngừng hoạt động từ");
        browser.open("index.xhtml");
        // the home page shows this year's period as it stood at its cut-off: a unit added today is not in it
        assertThat(browser.text("unitCount")).isEqualTo(VietnameseFormat.number(count(GRASSROOTS_HCSN_AT_CUTOFF), Locale.forLanguageTag("vi")));

        browser.open("audit/log.xhtml");
        String log = browser.text("audit:table");
        assertThat(log).contains("quantri").contains("Ngừng hoạt động").contains("Tạo mới").contains("MAU-UI-01");

        // a new staff account, usable at once
        browser.open("account/list.xhtml");
        browser.type("newAccount:username", "tochuc2");
        browser.type("newAccount:fullName", "Lê Thị Tổ Chức");
        browser.choose("newAccount:role", "Cán bộ các Ban");
        browser.click("newAccount:create");
        assertThat(browser.text("newAccount")).contains("Cán bộ các Ban phải thuộc một Ban").contains("Vui lòng nhập mật khẩu.");
        browser.choose("newAccount:boardCode", "Ban Tổ chức");
        browser.type("newAccount:password", "Mat-khau-moi-2026");
        browser.click("newAccount:create");
        assertThat(browser.text("accounts:table")).as(() -> browser.text("newAccount")).contains("tochuc2").contains("Lê Thị Tổ Chức");
        browser.logout().login("tochuc2", "Mat-khau-moi-2026");
        assertThat(browser.text("unitCount")).isNotEmpty();
    }

    @Test
    void aReportGoesRoundTheWholeLoopAndTheTrackerShowsItAcceptedOnTime() throws SQLException {
        String period = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "-YEAR";
        String unit = name(id("MAU-HCSN-01"));

        // the secretary starts the report from the home page and fills it in (a rerun starts again: no draft left over)
        try (var c = TestDatabase.connect(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM report r USING organisation o, reporting_period p WHERE o.id = r.organisation_id"
                    + " AND p.id = r.period_id AND o.code = 'MAU-HCSN-01' AND p.code = '" + period + "'");
        }
        browser.login("bithu01", PASSWORD);
        browser.driver().findElement(By.xpath("//tr[.//span[@data-period='" + period + "']]//button[contains(@class,'pt-create-report')]")).click();
        browser.waitForPage();
        assertThat(browser.text("reportUnit")).isEqualTo(unit);
        assertThat(browser.text("reportStatus")).isEqualTo("Nháp");
        for (WebElement area : browser.driver().findElements(By.cssSelector("span[data-field^='texts.'] textarea"))) {
            area.sendKeys("Đơn vị thực hiện tốt nhiệm vụ trong kỳ; <script>document.title='hacked'</script>");
        }
        figure("MEMBERS_FEMALE", "7");
        figure("ADMITTED", "5");
        figure("MADE_FULL", "1");
        figure("DISSEMINATION_SESSIONS", "4");
        figure("DISSEMINATION_ATTENDANCE", "98,5");
        figure("MEETINGS_REQUIRED", "11");
        figure("MEETINGS_HELD", "11");
        figure("MEETINGS_THEMATIC", "3");
        figure("MEETING_ATTENDANCE", "96");
        figure("INSPECTED_MEMBERS", "1");
        figure("SUPERVISIONS", "1");
        browser.click("report:submit");

        // more admissions than probationary members: told next to the field, nothing lost
        assertThat(browser.byId("report:messages").getText()).contains("Chưa lưu");
        assertThat(browser.driver().findElement(By.cssSelector("[data-error-for='numbers.ADMITTED']")).getText())
                .contains("số kết nạp không thể lớn hơn số đảng viên dự bị");
        assertThat(browser.driver().findElement(By.cssSelector("span[data-field='texts.SITUATION'] textarea")).getAttribute("value"))
                .startsWith("Đơn vị thực hiện tốt");
        assertThat(browser.text("reportStatus")).isEqualTo("Nháp");
        figure("ADMITTED", "1");
        browser.click("report:submit");
        awaitStatus("Đã gửi");
        assertThat(browser.title()).doesNotContain("hacked");
        long reportId = count("SELECT r.id FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE o.code = 'MAU-HCSN-01' AND p.code = '" + period + "'");

        // district staff return it with a reason
        browser.logout().login("tochuc", PASSWORD);
        browser.open("assessment/report.xhtml?id=" + reportId);
        assertThat(browser.source()).contains("&lt;script&gt;document.title");
        browser.type("report:reason", "Đề nghị làm rõ kết quả sinh hoạt chuyên đề");
        browser.click("report:return");
        awaitStatus("Trả lại");

        // the secretary sees why, corrects and resubmits
        browser.logout().login("bithu01", PASSWORD);
        assertThat(browser.driver().findElement(By.cssSelector(".pt-return-reason")).getText())
                .isEqualTo("Đề nghị làm rõ kết quả sinh hoạt chuyên đề");
        browser.open("assessment/report.xhtml?id=" + reportId);
        assertThat(browser.text("report:returnReason")).contains("Đề nghị làm rõ kết quả sinh hoạt chuyên đề");
        figure("MEETINGS_THEMATIC", "4");
        browser.click("report:submit");
        awaitStatus("Đã gửi lại");

        // staff accept, and the tracker shows it accepted and on time
        browser.logout().login("tochuc", PASSWORD);
        browser.open("assessment/report.xhtml?id=" + reportId);
        browser.click("report:accept");
        awaitStatus("Đã tiếp nhận");
        assertThat(browser.text("report:historyTable")).contains("Trả lại").contains("Gửi lại").contains("Tiếp nhận");
        browser.open("assessment/tracker.xhtml");
        WebElement row = browser.driver().findElement(By.xpath("//tr[.//span[@class='pt-tracker-unit' and text()='" + unit + "']]"));
        assertThat(row.findElement(By.cssSelector("[data-status]")).getAttribute("data-status")).isEqualTo("ACCEPTED");
        java.time.LocalDate due;
        try (var c = TestDatabase.connect(); var st = c.createStatement();
             var r = st.executeQuery("SELECT due_date FROM reporting_period WHERE code = '" + period + "'")) {
            r.next();
            due = r.getDate(1).toLocalDate();
        }
        assertThat(row.getText()).contains(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).isAfter(due) ? "Muộn" : "Đúng hạn");
        long accepted = count("SELECT count(*) FROM report r JOIN reporting_period p ON p.id = r.period_id"
                + " JOIN LATERAL units_at(p.cutoff_date) o ON o.id = r.organisation_id"
                + " JOIN bloc b ON b.id = o.bloc_id WHERE p.code = '" + period + "' AND b.code = 'HCSN' AND r.status IN ('ACCEPTED', 'LOCKED')");
        assertThat(browser.text("count-accepted")).isEqualTo(String.valueOf(accepted));
    }

    @Test
    void aSecretaryRecordsADisseminationSessionAndStaffSeeTheMatrixChange() throws SQLException {
        // the matrix shows this year's period: HCSN units as they stood at its cut-off, sessions held by its end
        String share = "SELECT count(*) FROM directive_implementation i JOIN directive d ON d.id = i.directive_id"
                + " JOIN directive_assignment a ON a.directive_id = i.directive_id AND a.organisation_id = i.organisation_id"
                + " JOIN reporting_period p ON p.code = extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int || '-YEAR'"
                + " JOIN LATERAL units_at(p.cutoff_date) o ON o.id = i.organisation_id"
                + " JOIN bloc b ON b.id = o.bloc_id AND b.code = 'HCSN' JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                + " WHERE d.number = 'NQ-ĐH-XXVI' AND i.status <> 'DRAFT'"
                + " AND EXISTS (SELECT 1 FROM dissemination_session s WHERE s.implementation_id = i.id AND s.held_on <= p.end_date)";
        long before = count(share);
        browser.login("tuyengiao", PASSWORD);
        browser.open("directive/matrix.xhtml");
        assertThat(browser.driver().findElement(By.cssSelector("[data-share='NQ-ĐH-XXVI'] .value")).getText()).startsWith(before + "/");
        assertThat(cellState("MAU-HCSN-01", "NQ-ĐH-XXVI")).isEqualTo("MISSING");

        browser.logout().login("bithu01", PASSWORD);
        browser.driver().findElement(By.xpath("//tr[.//span[@data-directive='NQ-ĐH-XXVI']]//button[contains(@class,'pt-open-implementation')]")).click();
        browser.waitForPage();
        assertThat(browser.text("implStatus")).isEqualTo("Nháp");
        browser.click("impl:addSession");
        WebElement date = browser.driver().findElement(By.cssSelector("tr[data-session='0'] input[type='text']"));
        date.sendKeys("15/09/2020", org.openqa.selenium.Keys.ESCAPE);
        WebElement attending = browser.driver().findElement(By.cssSelector("tr[data-session='0'] span[data-field='membersAttending'] input[type='text']"));
        attending.click();
        attending.sendKeys("13", org.openqa.selenium.Keys.TAB);
        browser.type("impl:planNumber", "21-KH/CB");
        browser.driver().findElement(By.id("impl:planDate_input")).sendKeys("20/09/2020", org.openqa.selenium.Keys.ESCAPE);
        browser.click("impl:submit");
        assertThat(browser.text("implStatus")).as(() -> browser.text("impl:messages") + " | "
                + browser.driver().findElements(By.cssSelector(".pt-field-error")).stream().map(WebElement::getText).toList()).isEqualTo("Đã gửi");

        browser.logout().login("tuyengiao", PASSWORD);
        browser.open("directive/matrix.xhtml");
        assertThat(browser.driver().findElement(By.cssSelector("[data-share='NQ-ĐH-XXVI'] .value")).getText()).startsWith((before + 1) + "/");
        assertThat(cellState("MAU-HCSN-01", "NQ-ĐH-XXVI")).isEqualTo("DONE");
        assertThat(count(share)).isEqualTo(before + 1);
    }

    @Test
    void staffRecordAReviewMeetingWithATaskAndTheUnitReportsItDone() throws SQLException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today);
        long units = count("SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                + " JOIN bloc b ON b.id = o.bloc_id WHERE b.code = 'HCSN' AND o.active");
        browser.login("tochuc", PASSWORD);
        browser.open("meeting/list.xhtml");
        browser.driver().findElement(By.id("meetings:new")).click();
        browser.waitForPage();
        browser.driver().findElement(By.id("meeting:heldOn_input")).sendKeys(date, org.openqa.selenium.Keys.ESCAPE);
        browser.click("meeting:save");
        // the chair is missing: said next to the field, in Vietnamese, and nothing is saved
        assertThat(browser.text("chair-error")).isEqualTo("Vui lòng nhập trường này.");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("id=");
        browser.type("meeting:chair", "Đồng chí Chủ trì Hành trình");
        browser.type("meeting:conclusion", "Kết luận <b>hành trình</b>");
        browser.click("meeting:save");
        browser.waitForPage();
        assertThat(browser.driver().getCurrentUrl()).contains("id=");
        long meeting = count("SELECT max(id) FROM review_meeting WHERE chair = 'Đồng chí Chủ trì Hành trình'");

        browser.click("tasks:addTask");
        browser.waitUntil(d -> d.findElement(By.id("taskDialogForm:taskBody")).isDisplayed());
        browser.type("taskDialogForm:taskBody", "Báo cáo kết quả tự kiểm tra (hành trình)");
        browser.driver().findElement(By.id("taskDialogForm:deadline_input")).sendKeys(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusDays(14)), org.openqa.selenium.Keys.ESCAPE);
        browser.click("taskDialogForm:saveTask");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".pt-task-summary")).stream().anyMatch(e -> e.getText().contains("0/" + units)));
        assertThat(count("SELECT count(*) FROM task_assignment a JOIN meeting_task t ON t.id = a.task_id WHERE t.meeting_id = " + meeting))
                .isEqualTo(units);

        browser.logout().login("bithu04", PASSWORD);
        String row = "//tr[.//td[contains(., 'Báo cáo kết quả tự kiểm tra (hành trình)')]]";
        assertThat(browser.driver().findElement(By.xpath(row + "//span[contains(@class,'pt-status')]")).getText()).isEqualTo("Đang thực hiện");
        browser.driver().findElement(By.xpath(row + "//button[contains(@class,'pt-report-task')]")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("taskReport:note")).isDisplayed());
        browser.click("taskReport:save");
        assertThat(browser.text("note-error")).isEqualTo("Vui lòng nhập trường này.");
        browser.type("taskReport:note", "Đã tự kiểm tra, gửi báo cáo ngày " + date);
        browser.click("taskReport:save");
        browser.waitUntil(d -> d.findElement(By.xpath(row + "//span[contains(@class,'pt-status')]")).getText().equals("Đã hoàn thành"));

        browser.logout().login("lanhdao", PASSWORD);
        browser.open("meeting/meeting.xhtml?id=" + meeting);
        assertThat(browser.driver().findElement(By.cssSelector(".pt-task-summary")).getText()).contains("1/" + units);
        assertThat(browser.source()).doesNotContain("<b>hành trình</b>");
        assertThat(browser.driver().findElement(By.id("summary")).getText()).contains("Kết luận <b>hành trình</b>");
        browser.open("meeting/meeting.xhtml?id=" + count("SELECT min(id) FROM review_meeting WHERE held_on = DATE '2021-07-08'"));
        browser.screenshot("meeting");
    }

    @Test
    void theFormShowsBesideEachFigureTheUnitsFigureOfTheLastPeriodOfTheSameKind() throws SQLException {
        // a unit's latest yearly report: its previous is the unit's yearly report before, not a later six-month one
        long report = count("SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN organisation o"
                + " ON o.id = r.organisation_id WHERE o.code LIKE 'MAU-HCSN-%' AND p.kind = 'YEAR' AND p.sample"
                + " AND EXISTS (SELECT 1 FROM report e JOIN reporting_period q ON q.id = e.period_id WHERE e.organisation_id"
                + " = r.organisation_id AND q.kind = 'YEAR' AND q.due_date < p.due_date)"
                + " ORDER BY p.due_date DESC, r.id LIMIT 1");
        long number = count("SELECT substring(o.code FROM '[0-9]+$')::int FROM report r JOIN organisation o"
                + " ON o.id = r.organisation_id WHERE r.id = " + report);
        long before = count("SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.period_id WHERE r.organisation_id ="
                + " (SELECT organisation_id FROM report WHERE id = " + report + ") AND p.kind = 'YEAR' AND p.due_date <"
                + " (SELECT q.due_date FROM report x JOIN reporting_period q ON q.id = x.period_id WHERE x.id = " + report + ")"
                + " ORDER BY p.due_date DESC LIMIT 1");
        assertThat(count("SELECT count(*) FROM report r JOIN reporting_period p ON p.id = r.period_id WHERE r.organisation_id ="
                + " (SELECT organisation_id FROM report WHERE id = " + report + ") AND p.kind <> 'YEAR' AND p.due_date >"
                + " (SELECT q.due_date FROM report x JOIN reporting_period q ON q.id = x.period_id WHERE x.id = " + before + ")"))
                .as("a later report of another kind, which the form must pass over").isPositive();
        // a whole count that the unit's other reports have different
        String code = ApiIT.text("SELECT v.indicator_code FROM report_value v JOIN indicator i ON i.code = v.indicator_code"
                + " WHERE v.report_id = " + before + " AND i.value_kind = 'COUNT' AND v.number_value BETWEEN 1 AND 999"
                + " AND v.number_value NOT IN (SELECT w.number_value FROM report_value w JOIN report r ON r.id = w.report_id"
                + " WHERE w.indicator_code = v.indicator_code AND w.number_value IS NOT NULL AND r.organisation_id ="
                + " (SELECT organisation_id FROM report WHERE id = " + before + ") AND r.id <> " + before + ")"
                + " ORDER BY v.indicator_code LIMIT 1");
        long figure = count("SELECT number_value::bigint FROM report_value WHERE report_id = " + before + " AND indicator_code = '" + code + "'");

        browser.login(String.format("bithu%02d", number), PASSWORD).open("assessment/report.xhtml?id=" + report);
        WebElement row = browser.driver().findElement(By.xpath("//th[@id='label-numbers." + code + "']/.."));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(cells.size() - 1).getText()).isEqualTo(String.valueOf(figure));
    }

    // ---- Accessibility (WCAG 2.1 AA, axe-core) and phones (360 px), issue 16 ------------------------------------------

    static final int PHONE = 360;

    /** A unit secretary with a draft report, and what their pages need: the unit's code, reports, congress, documents. */
    @Test
    void aSecretaryAddsACommitteeMemberAndIsToldNextToTheFieldThatTheByElectionNeedsItsDecision() throws SQLException {
        long own = id("MAU-HCSN-23");
        String posts = "SELECT count(*) FROM officer_post WHERE organisation_id = " + own;
        String reads = "SELECT count(*) FROM audit_entry WHERE entity_type = 'OFFICER_RECORDS' AND action = 'READ' AND entity_id = " + own;
        long before = count(posts);
        long readsBefore = count(reads);
        browser.login("bithu23", PASSWORD);
        browser.click("menuForm:m-own-officers");
        browser.waitForPage();
        assertThat(browser.text("unitName")).contains(name(own));
        assertThat(browser.text("officers:posts")).contains(ApiIT.text("SELECT secretary_name FROM organisation WHERE id = " + own));
        assertThat(count(reads)).isEqualTo(readsBefore + 1);

        browser.choose("officers:kind", "Cấp ủy viên");
        browser.type("officers:personName", "Giáp Thị Bổ Sung");
        browser.driver().findElement(By.id("officers:heldFrom_input")).sendKeys("01/01/2024", org.openqa.selenium.Keys.ESCAPE);
        browser.choose("officers:cameBy", "Bầu bổ sung");
        browser.click("officers:add");
        assertThat(browser.text("officers:decisionNoError")).isEqualTo("Hình thức này cần số quyết định.");
        assertThat(count(posts)).isEqualTo(before);
        browser.assertAccessible("officer history with an error, vi");

        browser.type("officers:decisionNo", "9-QĐ/ĐU");
        browser.click("officers:add");
        assertThat(browser.exists("officers:decisionNoError")).isFalse();
        assertThat(browser.text("officers:posts")).contains("Giáp Thị Bổ Sung").contains("9-QĐ/ĐU");
        assertThat(count(posts)).isEqualTo(before + 1);
        assertThat(count("SELECT count(*) FROM officer_post WHERE organisation_id = " + own
                + " AND person_name = 'Giáp Thị Bổ Sung' AND came_by = 'ADDED' AND held_from = DATE '2024-01-01'")).isEqualTo(1);

        // the post is ended from its own row: the button opens the end form with the post chosen and the date focused;
        // leaving by a move needs its decision, told next to the field, nothing saved until it is there
        String ended = "SELECT count(*) FROM officer_post WHERE organisation_id = " + own + " AND person_name = 'Giáp Thị Bổ Sung'"
                + " AND held_to = DATE '2024-06-30' AND left_by = 'MOVED' AND end_decision_no = '12-QĐ/ĐU'"
                + " AND end_decision_issuer = 'Đảng ủy Viện'";
        WebElement endThis = browser.driver().findElement(By.xpath(
                "//tbody[@id='officers:posts_data']/tr[td[contains(., 'Giáp Thị Bổ Sung')]]//button"));
        assertThat(endThis.getAttribute("title")).contains("Giáp Thị Bổ Sung");
        endThis.click();
        browser.waitForAjax();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("officers:heldTo_input");
        assertThat(browser.text("officers:endPostId_label")).contains("Giáp Thị Bổ Sung");
        browser.driver().switchTo().activeElement().sendKeys("30/06/2024", org.openqa.selenium.Keys.ESCAPE);
        browser.choose("officers:leftBy", "Điều động công tác khác");
        browser.click("officers:end");
        assertThat(browser.text("officers:endDecisionNoError")).isEqualTo("Hình thức này cần số quyết định.");
        assertThat(count("SELECT count(*) FROM officer_post WHERE organisation_id = " + own
                + " AND person_name = 'Giáp Thị Bổ Sung' AND held_to IS NULL")).isEqualTo(1);
        browser.assertAccessible("officer history, ending a post with an error, vi");
        browser.type("officers:endDecisionNo", "12-QĐ/ĐU");
        browser.type("officers:endDecisionIssuer", "Đảng ủy Viện");
        browser.click("officers:end");
        assertThat(browser.exists("officers:endDecisionNoError")).isFalse();
        assertThat(count(ended)).isEqualTo(1);
        assertThat(browser.driver().findElements(By.xpath(
                "//tbody[@id='officers:posts_data']/tr[td[contains(., 'Giáp Thị Bổ Sung')]]//button"))).isEmpty();

        // the term's committee is recorded on the page: a missing start and more elected than approved are told next
        // to their fields; then it is saved (a committee already there for the term is corrected, not doubled)
        String committee = "SELECT count(*) FROM officer_committee c JOIN congress_term t ON t.id = c.term_id WHERE c.organisation_id = "
                + own + " AND t.code = '2020-2025'";
        long committeesBefore = count(committee);
        browser.choose("officers:termId", "Nhiệm kỳ 2020–2025");
        browser.typeNumber("officers:approvedSize", 5);
        browser.typeNumber("officers:electedSize", 6);
        browser.click("officers:saveCommittee");
        assertThat(browser.text("officers:startsOnError")).isEqualTo("Vui lòng nhập trường này.");
        browser.driver().findElement(By.id("officers:startsOn_input")).sendKeys("08/05/2020", org.openqa.selenium.Keys.ESCAPE);
        browser.click("officers:saveCommittee");
        assertThat(browser.text("officers:electedSizeError")).isEqualTo("Số trúng cử không thể vượt số được phê duyệt.");
        assertThat(count(committee + " AND c.decision_no = '77-QĐ/QU'")).isZero();
        browser.assertAccessible("officer history, committee form with an error, vi");
        browser.typeNumber("officers:electedSize", 5);
        browser.type("officers:committeeDecisionNo", "77-QĐ/QU");
        browser.click("officers:saveCommittee");
        assertThat(browser.exists("officers:electedSizeError")).isFalse();
        assertThat(browser.text("officers:committees")).contains("77-QĐ/QU");
        assertThat(count(committee + " AND c.approved_size = 5 AND c.elected_size = 5 AND c.decision_no = '77-QĐ/QU'"
                + " AND c.starts_on = DATE '2020-05-08'")).isEqualTo(1);
        assertThat(count(committee)).isEqualTo(Math.max(committeesBefore, 1));

        // another unit's officers are not this secretary's to see
        browser.open("officer/history.xhtml?id=" + id("MAU-HCSN-22"));
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");
        assertThat(browser.source()).doesNotContain(name(id("MAU-HCSN-22")));
    }

    record Secretary(String username, long organisation, long draft, long readOnly, long congress, long implementation) {
        static Secretary withADraft() throws SQLException {
            long draft = count("SELECT max(r.id) FROM report r JOIN organisation o ON o.id = r.organisation_id"
                    + " WHERE r.status = 'DRAFT' AND o.code LIKE 'MAU-HCSN-%' AND o.code <> 'MAU-HCSN-01'");
            long unit = count("SELECT organisation_id FROM report WHERE id = " + draft);
            long number = count("SELECT substring(code FROM '[0-9]+$')::int FROM organisation WHERE id = " + unit);
            return new Secretary(String.format("bithu%02d", number), unit, draft,
                    count("SELECT min(id) FROM report WHERE organisation_id = " + unit + " AND status IN ('ACCEPTED', 'LOCKED')"),
                    count("SELECT min(id) FROM congress WHERE organisation_id = " + unit),
                    count("SELECT min(id) FROM directive_implementation WHERE organisation_id = " + unit));
        }
    }

    /** Logs in at desktop width and switches to the language if it is not the page's already. */
    void loginIn(String language, String username) {
        browser.phoneWidth(0).logout().login(username, PASSWORD);
        if (!language.equals(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.click("topbar:lang-" + language);
            browser.waitForPage();
        }
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
    }

    @Test
    void everyPageAndStateASecretaryMeetsHasNoSeriousAxeViolationAndFits360PixelsInVietnameseAndEnglish() throws SQLException {
        Secretary s = Secretary.withADraft();
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "index.xhtml");
        pages.put("report form, editable", "assessment/report.xhtml?id=" + s.draft());
        pages.put("report form, read-only", "assessment/report.xhtml?id=" + s.readOnly());
        pages.put("congress", "congress/congress.xhtml?id=" + s.congress());
        pages.put("directives", "directive/list.xhtml");
        pages.put("dissemination of a directive", "directive/implementation.xhtml?id=" + s.implementation());
        pages.put("notifications", "notification/list.xhtml");
        pages.put("difficulties and proposals", "issue/register.xhtml");
        pages.put("own organisation", "organisation/view.xhtml?id=" + s.organisation());
        pages.put("own organisation, edit", "organisation/edit.xhtml?id=" + s.organisation());
        pages.put("officer history", "officer/history.xhtml");
        pages.put("access denied (403)", "organisation/view.xhtml?id=" + id("MAU-HCSN-01"));
        pages.put("page not found (404)", "does-not-exist.xhtml");
        pages.put("server error (500)", "error/500.xhtml");
        pages.put("database unavailable (503)", "error/503.xhtml");
        pages.put("session expired", "error/expired.xhtml");
        for (String language : List.of("vi", "en")) {
            browser.phoneWidth(0).logout().open("login.xhtml");
            if (language.equals("en")) {
                browser.click("lang:lang-en");
                browser.waitForPage();
            }
            for (int width : new int[] {0, PHONE}) {
                browser.phoneWidth(width).open("login.xhtml").assertAccessible("login, " + language + ", width " + width)
                        .assertNoHorizontalScrolling("login, " + language);
            }
            loginIn(language, s.username());
            for (var page : pages.entrySet()) {
                String name = page.getKey() + ", " + language;
                browser.phoneWidth(0).open(page.getValue()).assertAccessible(name + ", desktop");
                browser.phoneWidth(PHONE).open(page.getValue()).assertAccessible(name + ", " + PHONE + " px")
                        .assertNoHorizontalScrolling(name);
            }
            // the report form with its messages next to the fields, and the folded menu opened
            browser.open("assessment/report.xhtml?id=" + s.draft());
            figure("ADMITTED", "999");
            browser.click("report:submit");
            assertThat(browser.driver().findElements(By.cssSelector("[data-error-for='numbers.ADMITTED']"))).isNotEmpty();
            browser.assertAccessible("report form with errors, " + language).assertNoHorizontalScrolling("report form with errors, " + language);
            browser.click("navToggle");
            browser.assertAccessible("menu opened on a phone, " + language).assertNoHorizontalScrolling("menu opened on a phone, " + language);
        }
    }

    @Test
    void everyPageAndStateOfDistrictStaffAndTheAdministratorHasNoSeriousAxeViolationInVietnameseAndEnglish() throws SQLException {
        long submitted = count("SELECT min(r.id) FROM report r WHERE r.status IN ('SUBMITTED', 'RESUBMITTED')");
        long meeting = count("SELECT min(id) FROM review_meeting");
        long period = count("SELECT id FROM reporting_period WHERE code = '2020-H1'");
        long unit = id("MAU-HCSN-02");
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "index.xhtml");
        pages.put("tracker", "assessment/tracker.xhtml");
        pages.put("report under review", "assessment/report.xhtml?id=" + submitted);
        pages.put("congress progress", "congress/progress.xhtml");
        pages.put("directives", "directive/list.xhtml");
        pages.put("dissemination matrix", "directive/matrix.xhtml");
        pages.put("review meetings", "meeting/list.xhtml");
        pages.put("review meeting", "meeting/meeting.xhtml?id=" + meeting);
        pages.put("register of difficulties and proposals", "issue/register.xhtml");
        pages.put("synthesis report", "synthesis/report.xhtml?bloc=HCSN&period=" + period);
        pages.put("organisations", "organisation/list.xhtml");
        pages.put("organisation", "organisation/view.xhtml?id=" + unit);
        pages.put("organisation, edit", "organisation/edit.xhtml?id=" + unit);
        pages.put("registry changes", "organisation/changes.xhtml");
        pages.put("accounts", "account/list.xhtml");
        pages.put("reporting periods", "period/list.xhtml");
        pages.put("audit log", "audit/log.xhtml");
        pages.put("notifications", "notification/list.xhtml");
        pages.put("vacant posts and terms ending", "officer/watch.xhtml");
        pages.put("page not found (404)", "does-not-exist.xhtml");
        for (String language : List.of("vi", "en")) {
            loginIn(language, "quantri");
            for (var page : pages.entrySet()) {
                browser.open(page.getValue()).assertAccessible(page.getKey() + ", " + language);
            }
            // the dashboard with each chart's table of figures opened
            browser.open("index.xhtml");
            browser.driver().findElements(By.cssSelector(".pt-chart-data summary")).forEach(WebElement::click);
            browser.assertAccessible("dashboard with the charts' tables open, " + language);
        }
    }

    @Test
    void everyFigureOfTheReportFormHasALabelNamingItsIndicator() throws SQLException {
        Secretary s = Secretary.withADraft();
        browser.login(s.username(), PASSWORD).open("assessment/report.xhtml?id=" + s.draft());
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('.pt-figures-table tbody tr')).map(function (tr) {"
                        + " var input = tr.querySelector('input.ui-inputfield'); var by = input && document.getElementById(input.getAttribute('aria-labelledby') || '');"
                        + " var label = by ? by.textContent.replace(' *', '') : '';"
                        + " return [tr.querySelector('th').textContent.replace(' *', '').trim(), label.trim()]; });");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(row -> assertThat(row.get(1)).as("label of " + row.get(0)).isNotEmpty().isEqualTo(row.get(0)));
        for (WebElement area : browser.driver().findElements(By.cssSelector(".pt-section textarea, #items textarea"))) {
            assertThat((Object) browser.driver().executeScript("return arguments[0].labels.length", area)).isEqualTo(1L);
        }
    }

    @Test
    void eachChartStatesItsFiguresInItsNameAndInATableTheKeyboardOpens() {
        browser.login("lanhdao", PASSWORD);
        List<WebElement> charts = browser.driver().findElements(By.cssSelector(".pt-chart-grid canvas[role='img']"));
        assertThat(charts).hasSize(4);
        String accepted = browser.text("dash-accepted").replaceAll("/.*", "");
        assertThat(browser.byId("dashboard:statusChart_canvas").getAttribute("aria-label"))
                .startsWith("Tình trạng báo cáo: ").contains("Đã tiếp nhận " + accepted);
        for (WebElement chart : charts) {
            assertThat(chart.getAttribute("aria-label")).matches("(?s).+: .*\\d.*\\.");
        }
        WebElement summary = browser.driver().findElements(By.cssSelector(".pt-chart-data summary")).get(0);
        WebElement table = browser.driver().findElements(By.cssSelector(".pt-chart-data table")).get(0);
        assertThat(table.isDisplayed()).isFalse();
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> table.isDisplayed());
        assertThat(table.getText()).contains("Đã tiếp nhận " + accepted);
    }

    @Test
    void onAPhoneTheHeaderFoldsIntoAMenuButtonThatTheKeyboardOpensAndCloses() throws SQLException {
        Secretary s = Secretary.withADraft();
        browser.login(s.username(), PASSWORD).phoneWidth(PHONE).open("assessment/report.xhtml?id=" + s.draft());
        WebElement toggle = browser.byId("navToggle");
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.byId("menuForm").isDisplayed()).isFalse();
        assertThat(browser.byId("topbar").isDisplayed()).isFalse();
        // the sample badge and the header keep one line each: no narrow column, no name in pieces
        assertThat(browser.driver().findElement(By.cssSelector(".pt-header .pt-sample-badge")).getRect().getHeight()).isLessThan(32);
        assertThat(browser.driver().findElement(By.cssSelector(".pt-header .pt-brand-name")).getRect().getHeight()).isLessThan(40);

        browser.driver().executeScript("arguments[0].focus()", toggle);
        toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.byId("menuForm:m-home").isDisplayed()).isTrue();
        assertThat(browser.byId("topbar:logout").isDisplayed()).isTrue();
        browser.assertNoHorizontalScrolling("menu opened");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.byId("menuForm").isDisplayed()).isFalse();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("navToggle");

        browser.phoneWidth(0).open("assessment/report.xhtml?id=" + s.draft());
        assertThat(browser.byId("navToggle").isDisplayed()).isFalse();
        assertThat(browser.byId("menuForm").isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneTheReportFormsFieldsAndButtonsAreAtLeast44PixelsToTouch() throws SQLException {
        Secretary s = Secretary.withADraft();
        browser.login(s.username(), PASSWORD).phoneWidth(PHONE).open("assessment/report.xhtml?id=" + s.draft());
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('button, a.ui-button, input.ui-inputfield, textarea, .ui-selectonemenu, .pt-bell'))"
                        + ".filter(function (e) { return e.offsetParent !== null; })"
                        + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })"
                        + ".map(function (e) { var r = e.getBoundingClientRect(); return (e.id || e.className) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); });");
        assertThat(small).isEmpty();
        browser.assertNoHorizontalScrolling("report form");
    }

    @Test
    void theKeyboardReachesEveryControlOfTheLoginPageWithAVisibleFocus() {
        browser.open("login.xhtml");
        var keyboard = new org.openqa.selenium.interactions.Actions(browser.driver());
        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            keyboard.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            reached.add(focused.getAttribute("id"));
            assertThat(focused.getCssValue("outline-style")).as("outline of " + focused.getAttribute("id")).isNotEqualTo("none");
            assertThat(Double.parseDouble(focused.getCssValue("outline-width").replace("px", ""))).isGreaterThanOrEqualTo(2);
        }
        assertThat(reached).contains("login:username", "login:password", "login:submit", "lang:lang-en");
        // and the form is sent from the keyboard
        browser.byId("login:username").sendKeys("bithu02");
        browser.byId("login:password").sendKeys(PASSWORD, org.openqa.selenium.Keys.ENTER);
        browser.waitForPage();
        assertThat(browser.exists("secretaryHome")).isTrue();
    }

    String cellState(String unit, String directive) {
        return browser.driver().findElement(By.cssSelector("tr[data-unit='" + unit + "'] td[data-directive='" + directive + "']")).getAttribute("data-state");
    }

    @Test
    void theDashboardStatesTheDatabasesFiguresAndDrillsDownToTheUnitsBehindThem() throws SQLException {
        String period = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "-YEAR";
        String scope = " FROM reporting_period p CROSS JOIN LATERAL units_at(p.cutoff_date) o"
                + " JOIN organisation_type t ON t.id = o.type_id AND t.grassroots JOIN bloc b ON b.id = o.bloc_id"
                + " LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = p.id"
                + " WHERE p.code = '" + period + "' AND b.code = 'HCSN'";
        long units = count("SELECT count(*)" + scope);
        long missing = count("SELECT count(*)" + scope + " AND (r.id IS NULL OR r.status = 'DRAFT')");
        long accepted = count("SELECT count(*)" + scope + " AND r.status IN ('ACCEPTED', 'LOCKED')");
        browser.login("lanhdao", PASSWORD);
        browser.screenshot("dashboard");
        assertThat(browser.text("dash-missing")).isEqualTo(String.valueOf(missing));
        assertThat(browser.text("dash-accepted")).isEqualTo(accepted + "/" + units);
        assertThat(browser.driver().findElement(By.cssSelector("[data-document='05-CT/TW']")).getText()).endsWith("%");

        browser.driver().findElement(By.id("dashboard:fig-missing")).click();
        browser.waitForPage();
        List<String> statuses = browser.driver().findElements(By.cssSelector("#tracker\\:table [data-status]")).stream()
                .map(e -> e.getAttribute("data-status")).toList();
        assertThat(statuses).hasSize((int) missing).allSatisfy(st -> assertThat(st).isIn("MISSING", "DRAFT"));
        assertThat(browser.text("count-missing")).isEqualTo(String.valueOf(missing));
        browser.open("assessment/tracker.xhtml");
        browser.screenshot("tracker");
        browser.open("synthesis/report.xhtml?bloc=HCSN&period=" + count("SELECT id FROM reporting_period WHERE code = '2020-H1'"));
        browser.screenshot("synthesis-report");
        // what staff download is the document on the screen, with its Vietnamese text intact
        String title = browser.driver().findElement(By.cssSelector(".pt-doc-title")).getText().strip();
        assertThat(title).isNotEmpty();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(browser.download("synthesis:docx", ".docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM").containsIgnoringCase(title);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(browser.download("synthesis:pdf", ".pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        // a script smuggled into the bloc parameter never reaches the page's navigation code
        browser.open("index.xhtml?bloc=%27%3Balert(document.cookie)%3B%2F%2F");
        assertThat(browser.source()).doesNotContain("alert(document.cookie)");
        assertThat(browser.text("dash-accepted")).isNotEmpty();
    }

    /**
     * Waits for the report's status to become this one: the submit's Ajax answer may land after the click returns.
     * Fails with the messages and field errors shown if it does not.
     */
    void awaitStatus(String expected) {
        try {
            browser.waitUntil(d -> {
                try {
                    return expected.equals(browser.text("reportStatus"));
                } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through to the assertion, which says what the page shows instead
        }
        assertThat(browser.text("reportStatus")).as(() -> browser.text("report:messages") + " | "
                + browser.driver().findElements(By.cssSelector(".pt-field-error")).stream().map(WebElement::getText).toList()).isEqualTo(expected);
    }

    /** Types a figure into the report form (PrimeFaces inputNumber, Vietnamese decimal comma). */
    void figure(String code, String value) {
        // under load the widget, set up again after an Ajax update, can overwrite what was typed: type until it holds
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.waitForAjax();
            WebElement input = browser.driver().findElement(By.cssSelector("span[data-field='numbers." + code + "'] input[type='text']"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
            input.click();
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            input.sendKeys(value);
            input.sendKeys(org.openqa.selenium.Keys.TAB);
            // an Ajax update started by leaving the field may set the widget up again: check what it holds after it
            browser.waitForAjax();
            String held = browser.driver().findElement(By.cssSelector("span[data-field='numbers." + code + "'] input[type='hidden']")).getAttribute("value");
            if (held != null && !held.isEmpty() && new java.math.BigDecimal(held).compareTo(new java.math.BigDecimal(value.replace(',', '.'))) == 0) {
                return;
            }
        }
    }

    @Test
    void staffNarrowTheTrackerInTheAddressAcceptTheChosenReportAndTheDashboardShowsIt() throws SQLException {
        long period = count("SELECT id FROM reporting_period WHERE code = '2021-H1'");
        String scope = " FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN LATERAL units_at(p.cutoff_date) o ON o.id = r.organisation_id"
                + " JOIN bloc b ON b.id = o.bloc_id WHERE b.code = 'HCSN' AND r.period_id = " + period;
        browser.login("tochuc", PASSWORD);
        browser.open("index.xhtml?bloc=HCSN&period=" + period);
        long accepted = count("SELECT count(*)" + scope + " AND r.status IN ('ACCEPTED', 'LOCKED')");
        assertThat(browser.text("dash-accepted")).startsWith(accepted + "/");

        // a filter reloads the page with every filter in the address: the tracker keeps nothing between requests
        browser.open("assessment/tracker.xhtml?bloc=HCSN&period=" + period);
        browser.choose("tracker:status", "Chờ xem xét");
        browser.waitUntil(d -> d.getCurrentUrl().contains("status=AWAITING"));
        browser.waitForPage();
        assertThat(browser.driver().getCurrentUrl()).contains("period=" + period).contains("bloc=HCSN");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#tracker\\:table_data tr[data-rk]"));
        assertThat(rows).hasSize((int) count("SELECT count(*)" + scope + " AND r.status IN ('SUBMITTED', 'RESUBMITTED')")).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#tracker\\:table [data-status]")))
                .allSatisfy(e -> assertThat(e.getAttribute("data-status")).isIn("SUBMITTED", "RESUBMITTED"));

        // choose one and accept it: a postback from the stateless page finds its filters in the form
        String unit = rows.get(0).findElement(By.cssSelector(".pt-tracker-unit")).getText();
        rows.get(0).findElement(By.cssSelector(".pt-tracker-unit")).click();
        browser.click("tracker:acceptSelected");
        assertThat(browser.text("tracker:messages")).contains("Đã tiếp nhận 1 báo cáo");
        assertThat(count("SELECT count(*)" + scope + " AND r.status = 'ACCEPTED' AND o.name = '" + unit.replace("'", "''") + "'")).isEqualTo(1);
        assertThat(browser.driver().findElements(By.xpath("//span[@class='pt-tracker-unit' and text()='" + unit + "']"))).isEmpty();
        assertThat(browser.text("count-accepted")).isEqualTo(String.valueOf(accepted + 1));

        // the dashboard seen before the change is not served again
        browser.open("index.xhtml?bloc=HCSN&period=" + period);
        assertThat(browser.text("dash-accepted")).startsWith((accepted + 1) + "/");
        browser.choose("dashboard:bloc", "Toàn Đảng bộ");
        browser.waitUntil(d -> d.getCurrentUrl().contains("bloc=&") || d.getCurrentUrl().endsWith("bloc="));
        browser.waitForPage();
        assertThat(browser.driver().getCurrentUrl()).contains("period=" + period);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithoutTellingTheLoginPageAndTheOwnerIsNotified() throws SQLException {
        browser.login("khong-ton-tai", PASSWORD);
        String unknown = browser.text("login:messages");
        for (int i = 0; i < 5; i++) {
            browser.login("bithu31", "sai-" + i);
        }
        browser.login("bithu31", PASSWORD);
        // locked: the right password is refused with the very words an unknown name gets (no account enumeration)
        assertThat(browser.exists("login:username")).isTrue();
        assertThat(browser.text("login:messages")).isEqualTo(unknown).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        // the owner learns of the lock another way
        assertThat(count("SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.username = 'bithu31' AND n.kind = 'ACCOUNT_LOCKED'")).isEqualTo(1);
    }

    @Test
    void englishIsOneClickAwayAndErrorsAreFriendly() {
        browser.login("lanhdao", PASSWORD);
        assertThat(browser.text("menuForm:menu")).contains("Tổng quan");
        browser.click("topbar:lang-en");
        browser.waitForPage();
        assertThat(browser.text("menuForm:menu")).contains("Overview").contains("Grassroots organisations");

        browser.open("does-not-exist.xhtml");
        assertThat(browser.text("errorTitle")).isEqualTo("Page not found");
        browser.open("organisation/view.xhtml?id=abc");
        assertThat(browser.text("errorTitle")).isEqualTo("Page not found");
        assertThat(browser.source()).doesNotContain("at vn.partytrack").doesNotContain("java.lang");
    }

    // ---- The admission pipeline (phát triển đảng viên), issue 21 -------------------------------------------------------

    @Test
    void aSecretaryKeepsTheAdmissionPipelineAndTheBoardFollowsTheOverdueSteps() throws SQLException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        long sample = count("SELECT min(c.id) FROM candidate c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'MAU-HCSN-29'");
        for (String language : List.of("vi", "en")) {
            loginIn(language, "bithu29");
            for (int width : new int[] {0, PHONE}) {
                browser.phoneWidth(width).open("admission/pipeline.xhtml").assertAccessible("admission pipeline, " + language + ", " + width);
                browser.open("admission/candidate.xhtml?id=" + sample).assertAccessible("candidate, " + language + ", " + width);
                if (width == PHONE) {
                    browser.assertNoHorizontalScrolling("candidate, " + language);
                    browser.open("admission/pipeline.xhtml").assertNoHorizontalScrolling("admission pipeline, " + language);
                }
            }
            // nothing typed: the message is next to the field, in the page's language
            browser.phoneWidth(0).open("admission/pipeline.xhtml");
            browser.click("pipeline:addCandidate");
            assertThat(browser.source()).contains(language.equals("vi") ? "Vui lòng nhập trường này." : "Please fill in this field.");
            browser.assertAccessible("admission pipeline with errors, " + language);
        }

        // the secretary adds a candidate and records the cell's proposal; a date before the course is refused
        loginIn("vi", "bithu29");
        browser.open("admission/pipeline.xhtml");
        browser.type("pipeline:fullName", "Đinh Hành Trình (thử)");
        browser.driver().findElement(By.id("pipeline:awarenessDate_input")).sendKeys(today.minusDays(100).format(typed), org.openqa.selenium.Keys.ESCAPE);
        browser.click("pipeline:addCandidate");
        browser.waitForPage();
        assertThat(browser.text("candidateName")).isEqualTo("Đinh Hành Trình (thử)");
        assertThat(browser.byId("candidateStage").getAttribute("data-stage")).isEqualTo("HOC_NHAN_THUC");
        WebElement date = browser.driver().findElement(By.id("candidate:date_input"));
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        date.sendKeys(today.minusDays(101).format(typed), org.openqa.selenium.Keys.ESCAPE);
        browser.click("candidate:advance");
        assertThat(browser.source()).contains("Ngày không được trước ngày của bước trước");
        browser.assertAccessible("candidate with errors");
        date = browser.driver().findElement(By.id("candidate:date_input"));
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        date.sendKeys(today.minusDays(40).format(typed), org.openqa.selenium.Keys.ESCAPE);
        browser.click("candidate:advance");
        assertThat(browser.byId("candidateStage").getAttribute("data-stage")).isEqualTo("CHI_BO_DE_NGHI");
        assertThat(count("SELECT count(*) FROM candidate WHERE full_name = 'Đinh Hành Trình (thử)' AND stage = 'CHI_BO_DE_NGHI'"
                + " AND proposal_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 40")).isEqualTo(1);

        // the Organisation Board follows the overdue steps; leadership sees only how many, on the dashboard
        for (String language : List.of("vi", "en")) {
            loginIn(language, "tochuc");
            browser.open("admission/overdue.xhtml?bloc=").assertAccessible("overdue admission steps, " + language);
            assertThat(browser.text("units")).contains(name(id("MAU-HCSN-29")));
            assertThat(browser.text("items")).contains("Vũ Thu Hằng (mẫu)");
        }
        loginIn("vi", "lanhdao");
        browser.open("index.xhtml");
        assertThat(browser.text("dash-admissionsOverdue")).isNotEqualTo("0");
        assertThat(browser.source()).doesNotContain("Vũ Thu Hằng");
        assertThat(browser.text("menuForm:menu")).doesNotContain("Phát triển đảng viên quá hạn");
    }

    @Test
    void theOrganisationBoardKeepsThePublicHolidaysTheDeadlinesSkip() throws SQLException {
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withMonth(12).withDayOfMonth(15);
        String shown = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String onRecord = "SELECT count(*) FROM public_holiday WHERE day = DATE '" + day + "'";
        assertThat(count(onRecord)).isZero();
        for (String language : List.of("vi", "en")) {
            loginIn(language, "tochuc");
            browser.click("menuForm:m-holidays");
            browser.waitForPage();
            browser.assertAccessible("public holidays, " + language);
            browser.phoneWidth(PHONE).open("admission/holidays.xhtml").assertAccessible("public holidays, " + language + ", " + PHONE)
                    .assertNoHorizontalScrolling("public holidays, " + language);
            // nothing typed: the messages are next to the fields, in the page's language, and nothing is saved
            browser.phoneWidth(0).open("admission/holidays.xhtml");
            browser.click("holiday:save");
            String required = language.equals("vi") ? "Vui lòng nhập trường này." : "Please fill in this field.";
            assertThat(browser.driver().findElement(By.xpath("//div[contains(@class, 'pt-field')][.//*[@id='holiday:day']]//*[contains(@class, 'ui-message')]")).getText())
                    .isEqualTo(required);
            browser.assertAccessible("public holidays with errors, " + language);
        }
        assertThat(count(onRecord)).isZero();

        // a day added shows in its year's list and counts in the deadlines; the change is audited; removed again
        loginIn("vi", "tochuc");
        browser.open("admission/holidays.xhtml");
        browser.driver().findElement(By.id("holiday:day_input")).sendKeys(shown, org.openqa.selenium.Keys.ESCAPE);
        browser.type("holiday:nameVi", "Ngày nghỉ bù (thử)");
        browser.click("holiday:save");
        assertThat(browser.driver().findElement(By.xpath("//div[contains(@class, 'pt-field')][.//*[@id='holiday:nameEn']]//*[contains(@class, 'ui-message')]")).getText())
                .isEqualTo("Vui lòng nhập trường này.");
        assertThat(count(onRecord)).isZero();
        browser.type("holiday:nameEn", "Day off in lieu (test)");
        browser.click("holiday:save");
        assertThat(browser.text("holidays:table")).contains(shown).contains("Ngày nghỉ bù (thử)");
        assertThat(count(onRecord + " AND name_vi = 'Ngày nghỉ bù (thử)' AND name_en = 'Day off in lieu (test)' AND NOT estimate")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'PUBLIC_HOLIDAY' AND action = 'SAVE' AND actor = 'tochuc'"))
                .isPositive();
        browser.driver().findElement(By.xpath("//tr[td[contains(., '" + shown + "')]]//button[contains(@id, ':remove')]")).click();
        browser.clickVisible(".ui-confirmdialog-yes");
        assertThat(browser.text("holidays:table")).doesNotContain("Ngày nghỉ bù (thử)");
        assertThat(count(onRecord)).isZero();

        // a secretary reads the list and has no form; another board's staff neither
        for (String reader : List.of("bithu29", "tuyengiao")) {
            loginIn("vi", reader);
            browser.open("admission/holidays.xhtml");
            assertThat(browser.text("holidays:table")).contains("Tết Dương lịch");
            assertThat(browser.exists("holiday:save")).as(reader).isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("button[id$=':remove']"))).as(reader).isEmpty();
        }
    }
}
