package vn.partytrack.rating;

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
import vn.partytrack.it.Browser;
import vn.partytrack.it.Deployments;

import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partytrack.it.ApiIT.PASSWORD;
import static vn.partytrack.it.ApiIT.count;
import static vn.partytrack.it.ApiIT.id;
import static vn.partytrack.it.ApiIT.text;

/**
 * The rating pages in a real browser: a secretary's form (editable, with its errors, on a phone), the board's
 * appraisal and the standing committee's decision of a sample rating, and the tracker; each state without serious
 * accessibility violations, in Vietnamese and English.
 */
@ExtendWith(ArquillianExtension.class)
class RatingJourneyIT {

    static final int PHONE = 360;
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

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

    void loginIn(String language, String username) {
        browser.phoneWidth(0).logout().login(username, PASSWORD);
        if (!language.equals(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.click("topbar:lang-" + language);
            browser.waitForPage();
        }
    }

    @Test
    void aSecretaryFillsInTheFormAndTheBoardAndTheStandingCommitteeCarryItThrough() throws SQLException {
        long draft = count("SELECT r.id FROM rating r JOIN organisation o ON o.id = r.organisation_id WHERE o.code = 'MAU-HCSN-03' AND r.year = " + YEAR);
        long submitted = count("SELECT r.id FROM rating r JOIN organisation o ON o.id = r.organisation_id WHERE o.code = 'MAU-HCSN-02' AND r.year = " + YEAR);
        long decided = count("SELECT min(id) FROM rating WHERE year = 2023 AND decided_level IS NOT NULL");
        for (String language : List.of("vi", "en")) {
            loginIn(language, "bithu03");
            browser.open("rating/rating.xhtml").assertAccessible("rating opener, " + language);
            for (int width : new int[] {0, PHONE}) {
                browser.phoneWidth(width).open("rating/rating.xhtml?id=" + draft).assertAccessible("rating form, " + language + ", " + width);
                if (width == PHONE) {
                    browser.assertNoHorizontalScrolling("rating form, " + language);
                }
            }
            browser.phoneWidth(0).open("rating/rating.xhtml?id=" + draft);
            browser.click("rating:submit");
            assertThat(browser.source()).contains(language.equals("vi") ? "Chưa có minh chứng" : "No evidence");
            browser.assertAccessible("rating form with errors, " + language);

            loginIn(language, "tochuc");
            browser.open("rating/tracker.xhtml?bloc=HCSN").assertAccessible("rating tracker, " + language);
            browser.open("rating/tracker.xhtml?bloc=HCSN&year=2023").assertAccessible("rating tracker 2023, " + language);
            assertThat(browser.text("stage-DECIDED")).isNotEqualTo("0");
            browser.open("rating/rating.xhtml?id=" + decided).assertAccessible("decided rating, " + language);
        }

        // the board appraises the submitted rating, the standing committee decides it
        loginIn("vi", "tochuc");
        browser.open("rating/rating.xhtml?id=" + submitted).assertAccessible("rating awaiting appraisal");
        browser.choose("rating:level", "Hoàn thành tốt nhiệm vụ");
        browser.click("rating:appraise");
        assertThat(browser.byId("ratingStage").getAttribute("data-stage")).isEqualTo("AWAITING_DECISION");

        loginIn("vi", "thuongvu");
        browser.open("rating/rating.xhtml?id=" + submitted).assertAccessible("rating awaiting decision");
        browser.type("rating:decisionNumber", "31-QĐ/ĐU");
        browser.type("rating:decisionReason", "Ban Thường vụ thống nhất (thử)");
        browser.click("rating:decide");
        assertThat(browser.byId("ratingStage").getAttribute("data-stage")).isEqualTo("DECIDED");
        assertThat(text("SELECT decided_level || ' ' || decision_number FROM rating WHERE id = " + submitted)).isEqualTo("HTT 31-QĐ/ĐU");
        assertThat(id("MAU-HCSN-02")).isPositive();
    }

    @Test
    void theSecretaryAsksToReopenAnAppraisedRatingAndTheBoardGrantsIt() throws SQLException {
        long rating = count("SELECT r.id FROM rating r JOIN organisation o ON o.id = r.organisation_id WHERE o.code = 'MAU-HCSN-29' AND r.year = " + YEAR);
        loginIn("vi", "tochuc");
        browser.open("rating/rating.xhtml?id=" + rating);
        browser.choose("rating:level", "Hoàn thành tốt nhiệm vụ");
        browser.click("rating:appraise");
        assertThat(browser.byId("ratingStage").getAttribute("data-stage")).isEqualTo("AWAITING_DECISION");

        // without a reason the request is refused next to the field; with one, it waits for the board
        loginIn("vi", "bithu29");
        browser.open("rating/rating.xhtml?id=" + rating).assertAccessible("appraised rating, its secretary");
        browser.click("rating:requestUnlock");
        assertThat(browser.source()).contains("Vui lòng ghi lý do.");
        browser.type("rating:unlockText", "Nhập nhầm số đảng viên (thử)");
        browser.click("rating:requestUnlock");
        assertThat(browser.text("rating:unlockRequest")).contains("Nhập nhầm số đảng viên (thử)");
        assertThat(browser.exists("rating:requestUnlock")).isFalse();

        loginIn("en", "tochuc");
        browser.open("rating/rating.xhtml?id=" + rating).assertAccessible("unlock request before the board, en");
        loginIn("vi", "tochuc");
        browser.open("rating/rating.xhtml?id=" + rating).assertAccessible("unlock request before the board");
        browser.type("rating:unlockText", "Đồng ý, sửa trong 3 ngày (thử)");
        browser.click("rating:grantUnlock");
        assertThat(browser.byId("ratingStage").getAttribute("data-stage")).isEqualTo("RETURNED");
        assertThat(text("SELECT status FROM rating WHERE id = " + rating)).isEqualTo("RETURNED");
        assertThat(browser.text("rating:returnReason")).contains("Đồng ý, sửa trong 3 ngày (thử)");

        // a comment from the board goes into the history
        browser.type("rating:comment", "Bổ sung minh chứng tiêu chí 2 (thử)");
        browser.click("rating:addComment");
        assertThat(browser.text("rating:historyTable")).contains("Bổ sung minh chứng tiêu chí 2 (thử)");
    }

    @Test
    void theDashboardShowsTheLevelsOverTheYearsAndDrillsDownToTheTracker() throws SQLException {
        // the period of this year: the five years up to it hold the sample's 2024
        String dashboard = "index.xhtml?bloc=HCSN&period=" + count("SELECT id FROM reporting_period WHERE code = '" + YEAR + "-YEAR'");
        for (String language : List.of("vi", "en")) {
            loginIn(language, "lanhdao");
            browser.open(dashboard).assertAccessible("dashboard with the rating levels, " + language);
        }
        loginIn("vi", "lanhdao");
        browser.open(dashboard);
        WebElement cell = browser.driver().findElement(By.cssSelector("#levelYears tr[data-year='2024'] td[data-level='HTXS'] a"));
        int shown = Integer.parseInt(cell.getText().strip());
        assertThat(shown).isPositive();
        cell.click();
        browser.waitForPage();
        assertThat(browser.driver().getCurrentUrl()).contains("year=2024").contains("level=HTXS");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tbody[id$='table_data'] > tr"));
        assertThat(rows).hasSize(shown);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("Hoàn thành xuất sắc nhiệm vụ"));
        browser.assertAccessible("rating tracker drilled down to a level");
    }

    @Test
    void anAdministratorAddsAYearsRuleSetOnThePageAndAdjustsItsThresholds() throws SQLException {
        int year = YEAR + 2;
        for (String language : List.of("en", "vi")) {
            loginIn(language, "quantri");
            browser.open("rating/rules.xhtml").assertAccessible("rating rules, " + language);
        }
        // a rule set with decided ratings says so and offers no saving
        browser.choose("rules:code", "QD132-2018 (2018–2022)");
        assertThat(browser.text("rules:frozen")).contains("không thể sửa");
        assertThat(browser.exists("rules:save")).isFalse();

        browser.choose("rules:copyOf", "QD366-2025");
        browser.type("rules:newCode", "TRANG-" + year);
        browser.typeNumber("rules:fromYear", year);
        browser.click("rules:create");
        assertThat(browser.source()).contains("Đã thêm bộ quy định.");
        assertThat(count("SELECT count(*) FROM rating_rule_set WHERE code = 'TRANG-" + year + "' AND from_year = " + year)).isEqualTo(1);
        browser.assertAccessible("a new rule set");

        // a minimum score above the one of the level above is refused next to the field
        browser.typeNumber("rules:levels:1:minScore", 95);
        browser.click("rules:save");
        assertThat(browser.source()).contains("phải thấp hơn điểm của mức cao hơn");
        browser.assertAccessible("rule set with an error");
        browser.typeNumber("rules:levels:1:minScore", 75);
        browser.typeNumber("rules:memberQuota", 15);
        browser.click("rules:save");
        assertThat(browser.source()).contains("Đã lưu bộ quy định.");
        assertThat(text("SELECT member_quota_percent::text || ' ' || (SELECT min_score::text FROM rating_level l WHERE l.rule_set_id = s.id AND l.code = 'HTT')"
                + " FROM rating_rule_set s WHERE code = 'TRANG-" + year + "'")).isEqualTo("15.00 75.00");
    }
}
