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
import static vn.partytrack.it.RegistryApiIT.count;
import static vn.partytrack.it.RegistryApiIT.id;
import static vn.partytrack.it.RegistryApiIT.name;
import static vn.partytrack.it.RegistryApiIT.row;

/** What a secretary, district staff and an administrator meet in a real browser. */
@ExtendWith(ArquillianExtension.class)
class JourneysIT {

    static final String PASSWORD = RegistryApiIT.PASSWORD;
    static final String GRASSROOTS_HCSN = "SELECT count(*) FROM organisation o JOIN bloc b ON b.id = o.bloc_id"
            + " JOIN organisation_type t ON t.id = o.type_id WHERE b.code = 'HCSN' AND o.active AND t.grassroots";

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
        assertThat(browser.text("unitCount")).isEqualTo(VietnameseFormat.number(count(GRASSROOTS_HCSN), Locale.forLanguageTag("vi")));
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
        assertThat(browser.text("unitCount")).isEqualTo(VietnameseFormat.number(before, Locale.forLanguageTag("vi")));

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

        // the secretary starts the report from the home page and fills it in
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
        assertThat(browser.text("reportStatus")).isEqualTo("Đã gửi");
        assertThat(browser.title()).doesNotContain("hacked");
        long reportId = count("SELECT r.id FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE o.code = 'MAU-HCSN-01' AND p.code = '" + period + "'");

        // district staff return it with a reason
        browser.logout().login("tochuc", PASSWORD);
        browser.open("assessment/report.xhtml?id=" + reportId);
        assertThat(browser.source()).contains("&lt;script&gt;document.title");
        browser.type("report:reason", "Đề nghị làm rõ kết quả sinh hoạt chuyên đề");
        browser.click("report:return");
        assertThat(browser.text("reportStatus")).isEqualTo("Trả lại");

        // the secretary sees why, corrects and resubmits
        browser.logout().login("bithu01", PASSWORD);
        assertThat(browser.driver().findElement(By.cssSelector(".pt-return-reason")).getText())
                .isEqualTo("Đề nghị làm rõ kết quả sinh hoạt chuyên đề");
        browser.open("assessment/report.xhtml?id=" + reportId);
        assertThat(browser.text("report:returnReason")).contains("Đề nghị làm rõ kết quả sinh hoạt chuyên đề");
        figure("MEETINGS_THEMATIC", "4");
        browser.click("report:submit");
        assertThat(browser.text("reportStatus")).isEqualTo("Đã gửi lại");

        // staff accept, and the tracker shows it accepted and on time
        browser.logout().login("tochuc", PASSWORD);
        browser.open("assessment/report.xhtml?id=" + reportId);
        browser.click("report:accept");
        assertThat(browser.text("reportStatus")).isEqualTo("Đã tiếp nhận");
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
        long accepted = count("SELECT count(*) FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN organisation o ON o.id = r.organisation_id"
                + " JOIN bloc b ON b.id = o.bloc_id WHERE p.code = '" + period + "' AND b.code = 'HCSN' AND o.active AND r.status IN ('ACCEPTED', 'LOCKED')");
        assertThat(browser.text("count-accepted")).isEqualTo(String.valueOf(accepted));
    }

    @Test
    void aSecretaryRecordsADisseminationSessionAndStaffSeeTheMatrixChange() throws SQLException {
        String share = "SELECT count(*) FROM directive_implementation i JOIN directive d ON d.id = i.directive_id"
                + " WHERE d.number = 'NQ-ĐH-XXVI' AND i.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM dissemination_session s WHERE s.implementation_id = i.id)";
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

    String cellState(String unit, String directive) {
        return browser.driver().findElement(By.cssSelector("tr[data-unit='" + unit + "'] td[data-directive='" + directive + "']")).getAttribute("data-state");
    }

    @Test
    void theDashboardStatesTheDatabasesFiguresAndDrillsDownToTheUnitsBehindThem() throws SQLException {
        String period = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + "-YEAR";
        String scope = " FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots JOIN bloc b ON b.id = o.bloc_id"
                + " LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = (SELECT id FROM reporting_period WHERE code = '" + period + "')"
                + " WHERE b.code = 'HCSN' AND o.active";
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

    /** Types a figure into the report form (PrimeFaces inputNumber, Vietnamese decimal comma). */
    void figure(String code, String value) {
        WebElement input = browser.driver().findElement(By.cssSelector("span[data-field='numbers." + code + "'] input[type='text']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    @Test
    void staffNarrowTheTrackerInTheAddressAcceptTheChosenReportAndTheDashboardShowsIt() throws SQLException {
        long period = count("SELECT id FROM reporting_period WHERE code = '2021-H1'");
        String scope = " FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE b.code = 'HCSN' AND o.active AND r.period_id = " + period;
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
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysSo() {
        for (int i = 0; i < 5; i++) {
            browser.login("bithu31", "sai-" + i);
        }
        browser.login("bithu31", PASSWORD);
        assertThat(browser.text("login:messages")).contains("tạm khóa 15 phút");
        assertThat(browser.exists("login:username")).isTrue();
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
}
