package vn.partytrack.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
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

import java.net.URL;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partytrack.it.ApiIT.PASSWORD;
import static vn.partytrack.it.ApiIT.count;
import static vn.partytrack.it.ApiIT.id;
import static vn.partytrack.it.ApiIT.name;

/** The Organisation board records a merger, a split and a transfer on the registry-changes screen, previewing each. */
@ExtendWith(ArquillianExtension.class)
class RegistryChangesJourneyIT {

    @BeforeAll
    static void keepTheRegistry() throws SQLException {
        RegistrySnapshot.take();
    }

    @AfterAll
    static void putTheRegistryBack() throws SQLException {
        RegistrySnapshot.restore();
    }

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

    /** Types into a PrimeFaces autoComplete and picks the suggestion "name (code)" of the unit with this code. */
    void pick(String id, String code) throws SQLException {
        String label = name(id(code)) + " (" + code + ")";
        WebElement input = browser.byId(id + "_input");
        input.clear();
        input.sendKeys(code);
        By item = By.cssSelector("li.ui-autocomplete-item[data-item-label=\"" + label + "\"]");
        browser.waitUntil(d -> d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
        WebElement suggestion = browser.driver().findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        try {
            suggestion.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // a long list can open above the field, under the sticky menu: the same click event, sent to the item itself
            browser.driver().executeScript("arguments[0].click();", suggestion);
        }
        browser.waitForAjax();
    }

    void openChanges() {
        browser.open("organisation/list.xhtml");
        browser.click("list:changes");
        browser.waitUntil(d -> d.getCurrentUrl().contains("organisation/changes.xhtml"));
        browser.waitForPage();
    }

    /** Previews (the table lists every unit that moves), then confirms; returns what the preview listed. */
    String previewAndConfirm(String number) {
        browser.type("change:decisionNumber", number);
        browser.click("change:preview");
        String preview = browser.text("change:moves");
        browser.click("change:confirm");
        assertThat(browser.text("change:messages")).contains(number);
        return preview;
    }

    @Test
    void theOrganisationBoardMergesSplitsAndTransfersUnitsThroughThePage() throws SQLException {
        browser.login("tochuc", PASSWORD);

        // a merger of two units into a third
        long a = id("MAU-HCSN-22");
        long b = id("MAU-HCSN-23");
        long into = id("MAU-HCSN-24");
        String intoName = name(into);
        openChanges();
        browser.choose("change:kind", "Sáp nhập");
        pick("change:units", "MAU-HCSN-22");
        pick("change:units", "MAU-HCSN-23");
        pick("change:target", "MAU-HCSN-24");
        browser.type("change:decisionNumber", "101-QĐ/QU");
        browser.click("change:preview");
        assertThat(browser.text("change:moves")).contains(name(a)).contains(name(b)).contains("Sáp nhập vào").contains(intoName);
        assertThat(count("SELECT count(*) FROM organisation WHERE id IN (" + a + "," + b + ") AND active")).as("a preview changes nothing").isEqualTo(2);
        browser.assertAccessible("organisation/changes.xhtml (preview)");
        browser.screenshot("registry-changes");
        browser.click("change:confirm");
        assertThat(browser.text("change:messages")).contains("101-QĐ/QU");
        assertThat(count("SELECT count(*) FROM organisation WHERE id IN (" + a + "," + b + ") AND active")).isZero();
        assertThat(count("SELECT count(*) FROM organisation_succession WHERE successor_id = " + into)).isEqualTo(2);

        // the successor's page shows its history and its predecessors
        browser.open("organisation/view.xhtml?id=" + into);
        assertThat(browser.text("detail:versions")).contains("101-QĐ/QU").contains("Sáp nhập");
        assertThat(browser.text("predecessors")).contains(name(a)).contains(name(b));
        browser.assertAccessible("organisation/view.xhtml (history)");

        // a split of one unit into two new ones
        long source = id("MAU-HCSN-25");
        openChanges();
        browser.choose("change:kind", "Chia tách");
        pick("change:units", "MAU-HCSN-25");
        browser.type("change:rows:0:newCode", "MAU-HCSN-25A");
        browser.type("change:rows:0:newName", "Chi bộ Tòa án khu vực Hồng Ngọc 1 (mẫu)");
        browser.typeNumber("change:rows:0:newFull", 11);
        browser.typeNumber("change:rows:0:newProbationary", 1);
        browser.type("change:rows:1:newCode", "MAU-HCSN-25B");
        browser.type("change:rows:1:newName", "Chi bộ Tòa án khu vực Hồng Ngọc 2 (mẫu)");
        browser.typeNumber("change:rows:1:newFull", 10);
        browser.typeNumber("change:rows:1:newProbationary", 1);
        String split = previewAndConfirm("102-QĐ/QU");
        assertThat(split).contains("Chia tách thành").contains("Chi bộ Tòa án khu vực Hồng Ngọc 1 (mẫu)");
        assertThat(count("SELECT count(*) FROM organisation WHERE id = " + source + " AND NOT active")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation_succession s JOIN organisation o ON o.id = s.successor_id"
                + " WHERE s.predecessor_id = " + source + " AND o.code IN ('MAU-HCSN-25A', 'MAU-HCSN-25B') AND o.members_total IN (12, 11)")).isEqualTo(2);

        // a transfer of a đảng bộ with its cells to another superior
        long moved = id("MAU-HCSN-32");
        long ward = id("MAU-PH-01");
        List<Long> cells = ApiIT.longs("SELECT id FROM organisation WHERE parent_id = " + moved + " AND active");
        openChanges();
        browser.choose("change:kind", "Điều chuyển sang cấp ủy cấp trên khác");
        pick("change:units", "MAU-HCSN-32");
        pick("change:target", "MAU-PH-01");
        String transfer = previewAndConfirm("103-QĐ/QU");
        assertThat(transfer).contains("Điều chuyển").contains("Chuyển theo cấp trên");
        assertThat(count("SELECT parent_id FROM organisation WHERE id = " + moved)).isEqualTo(ward);
        String wardPath = ApiIT.text("SELECT path FROM organisation WHERE id = " + ward);
        assertThat(count("SELECT count(*) FROM organisation WHERE parent_id = " + moved + " AND path LIKE '" + wardPath + moved + "/%'"))
                .isEqualTo(cells.size());

        // a bad change is refused on the page, naming the field, and changes nothing
        openChanges();
        browser.choose("change:kind", "Điều chuyển sang cấp ủy cấp trên khác");
        pick("change:units", "MAU-PH-01");
        pick("change:target", "MAU-HCSN-32");
        browser.type("change:decisionNumber", "104-QĐ/QU");
        browser.click("change:preview");
        // the message arrives with the preview's answer (a field's own Ajax may still be on its way when clicked);
        // whatever the page refused, the failure says it
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#change .ui-message-error, #change .ui-messages-error")).isEmpty());
        assertThat(browser.text("change:target-message")).as("the page said: %s", browser.text("change")).contains("chính nó");
        assertThat(browser.exists("change:confirm")).isFalse();
    }

    @Test
    void otherStaffAndSecretariesCannotOpenTheScreen() {
        browser.login("tuyengiao", PASSWORD);
        browser.open("organisation/changes.xhtml");
        assertThat(browser.text("errorTitle")).isEqualTo("Không có quyền truy cập");
        browser.open("organisation/list.xhtml");
        assertThat(browser.exists("list:changes")).isFalse();
    }
}
