package vn.partytrack.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script injection: a corpus of payloads typed into the text fields people fill in (a unit's name, host unit and
 * secretary, a report's narrative, difficulties and proposals, a staff comment, a review meeting's chair, place and
 * conclusion, an item raised there, a chair's task and the unit's note on it, the district's answer) is shown as text
 * on every page that shows it, never run, and comes out literally in the Excel, PDF and Word exports, where a leading
 * "=" stays text and never becomes a formula.
 */
class InjectionIT extends ApiIT {

    static final String SCRIPT = "<script>alert('pt-xss')</script>";
    static final String IMAGE = "\"><img src=x onerror=alert('pt-xss')>";
    static final String SVG = "</textarea><svg onload=alert('pt-xss')>";
    static final String EXPRESSION = "#{7*7}${7*7}";
    static final String QUOTES = "'\"; alert('pt-xss'); //";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Bấm\")";
    static final String LINK = "javascript:alert('pt-xss')";
    /** A unit name carrying several payloads at once (within its 300 characters). */
    static final String NAME = "Chi bộ " + SCRIPT + " " + IMAGE + " " + EXPRESSION;

    @Test
    void everyPayloadIsShownAsTextOnThePagesAndComesOutLiterallyInTheExports() throws Exception {
        Api admin = as("quantri"), staff = as("tochuc"), secretary = as("bithu27");
        long period = currentPeriod(staff);
        long unit = id("MAU-HCSN-27");

        // a unit whose name, host unit and secretary are payloads
        Api.Reply created = admin.post("api/v1/organisations", newOrganisation("MAU-XSS-01", NAME)
                .add("membersTotal", 10).add("membersFull", 8).add("membersProbationary", 2)
                .add("hostUnit", FORMULA).add("secretaryName", SVG).add("deputySecretaryName", QUOTES).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long injected = created.json().getJsonNumber("id").longValue();

        // a report whose texts, difficulty and proposal are payloads, submitted; a staff comment
        Api.Reply opened = secretary.post("api/v1/reports", "{\"organisationId\":" + unit + ",\"periodId\":" + period + "}");
        assertThat(opened.status()).as(opened.body()).isIn(200, 201);
        JsonObject draft = opened.json();
        long report = draft.getJsonNumber("id").longValue();
        var content = complete(draft);
        var texts = Json.createObjectBuilder();
        for (String s : List.of("SITUATION", "POLITICAL", "ORGANISATION", "INSPECTION", "DEMOCRACY", "PROFESSIONAL", "ASSESSMENT", "NEXT_TASKS")) {
            texts.add(s, "Phần " + s + ": " + SCRIPT + " " + IMAGE + " " + EXPRESSION);
        }
        content.add("texts", texts).add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "DIFFICULTY").add("body", FORMULA + " " + SCRIPT))
                .add(Json.createObjectBuilder().add("kind", "PROPOSAL").add("body", "Đề nghị " + SVG + " " + LINK)));
        Api.Reply submitted = secretary.post("api/v1/reports/" + report + "/submit", content.build().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(staff.post("api/v1/reports/" + report + "/comments", Json.createObjectBuilder()
                .add("reason", "Góp ý " + IMAGE + " " + QUOTES).build().toString()).status()).isIn(200, 201);

        // a review meeting whose chair, place and conclusion are payloads, an item raised there, a task and its note
        Api.Reply meeting = staff.post("api/v1/meetings", Json.createObjectBuilder().add("blocCode", "HCSN").add("periodId", period)
                .add("heldOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()).add("chair", "Đồng chí " + IMAGE)
                .add("place", SVG).add("conclusion", "Kết luận " + SCRIPT + " " + EXPRESSION)
                .add("boardCodes", Json.createArrayBuilder().add("TO_CHUC")).add("unitIds", Json.createArrayBuilder().add(unit)).build().toString());
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        long meetingId = meeting.json().getJsonNumber("id").longValue();
        Api.Reply raised = staff.post("api/v1/meetings/" + meetingId + "/issues", Json.createObjectBuilder()
                .add("organisationId", unit).add("kind", "PROPOSAL").add("body", "Kiến nghị " + QUOTES + " " + SCRIPT).build().toString());
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        Api.Reply answered = staff.put("api/v1/issues/" + raised.json().getJsonNumber("id"), Json.createObjectBuilder()
                .add("boardCode", "VAN_PHONG").add("response", "Trả lời " + IMAGE).add("status", "ANSWERED")
                .add("version", raised.json().getJsonNumber("version")).build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Api.Reply task = staff.post("api/v1/meetings/" + meetingId + "/tasks", task("Nhiệm vụ " + SCRIPT + " " + SVG,
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20), false, unit));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        long assignment = count("SELECT id FROM task_assignment WHERE organisation_id = " + unit + " ORDER BY id DESC LIMIT 1");
        long version = count("SELECT version FROM task_assignment WHERE id = " + assignment);
        Api.Reply note = secretary.put("api/v1/meetings/own-tasks/" + assignment, Json.createObjectBuilder().add("status", "OPEN")
                .add("note", "Đang làm " + IMAGE + " " + EXPRESSION).add("version", version).build().toString());
        assertThat(note.status()).as(note.body()).isEqualTo(200);

        // the pages, in a real browser: no script of ours runs, no element of theirs appears, the text is there
        Map<String, List<String>> staffPages = new LinkedHashMap<>();
        staffPages.put("organisation/list.xhtml?q=MAU-XSS", List.of(SCRIPT));
        staffPages.put("organisation/view.xhtml?id=" + injected, List.of(SCRIPT, IMAGE, FORMULA, SVG, QUOTES, EXPRESSION));
        staffPages.put("assessment/report.xhtml?id=" + report, List.of(FORMULA, QUOTES));
        staffPages.put("issue/register.xhtml?bloc=HCSN&period=" + period, List.of(FORMULA + " " + SCRIPT, SVG, "Trả lời " + IMAGE));
        staffPages.put("meeting/meeting.xhtml?id=" + meetingId, List.of("Kết luận " + SCRIPT + " " + EXPRESSION, "Đồng chí " + IMAGE, "Nhiệm vụ " + SCRIPT));
        // the unit made today stands in a period whose cut-off is ahead (the year's may have passed)
        long present = presentPeriod();
        staffPages.put("assessment/tracker.xhtml?bloc=HCSN&period=" + present, List.of(SCRIPT));
        staffPages.put("index.xhtml?bloc=HCSN&period=" + period, List.of());
        // the year's synthesis is a committee's since 2025: the ward of the unit that raised the payloads
        String committee = "&committee=" + id("MAU-DUP-BM");
        staffPages.put("synthesis/report.xhtml?bloc=HCSN&period=" + period + committee, List.of());
        Map<String, List<String>> secretaryPages = new LinkedHashMap<>();
        secretaryPages.put("index.xhtml", List.of("Nhiệm vụ " + SCRIPT + " " + SVG));
        secretaryPages.put("assessment/report.xhtml?id=" + report, List.of(SCRIPT, IMAGE, "Góp ý " + IMAGE + " " + QUOTES));
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(base)) {
            // an alert that ran anyway (past the escaping and the Content-Security-Policy) is recorded, not shown
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"));
            browser.login("tochuc", PASSWORD);
            staffPages.forEach((page, expected) -> found.addAll(check(browser, page, expected)));
            browser.logout().login("bithu27", PASSWORD);
            secretaryPages.forEach((page, expected) -> found.addAll(check(browser, page, expected)));
        }
        assertThat(found).as("payloads that became markup or ran").isEmpty();

        // the exports: the same text, literally; a leading "=" is a text cell, never a formula
        String xlsx = "api/v1/exports/organisations.xlsx?bloc=HCSN";
        assertLiteralCells(staff.download(xlsx), NAME, SVG);
        assertLiteralCells(staff.download("api/v1/exports/issues.xlsx?bloc=HCSN&period=" + period), FORMULA + " " + SCRIPT, "Kiến nghị " + QUOTES + " " + SCRIPT);
        assertLiteralCells(staff.download("api/v1/exports/tracker.xlsx?bloc=HCSN&period=" + present), NAME);
        assertPdfShows(staff.download("api/v1/exports/organisations.pdf?bloc=HCSN"), NAME, SVG);
        assertPdfShows(staff.download("api/v1/exports/issues.pdf?bloc=HCSN&period=" + period), FORMULA + " " + SCRIPT);
        String draftDocx = Documents.docx(staff.download("api/v1/synthesis/draft.docx?bloc=HCSN&period=" + period + committee));
        assertThat(draftDocx).contains("Kết luận " + SCRIPT + " " + EXPRESSION, FORMULA + " " + SCRIPT);
        assertPdfShows(staff.download("api/v1/synthesis/draft.pdf?bloc=HCSN&period=" + period + committee), "Kết luận " + SCRIPT + " " + EXPRESSION);
        dropPresentPeriod();
    }

    /** What went wrong on one page: payload elements in the document, alerts that ran, texts missing. */
    static List<String> check(Browser browser, String page, List<String> texts) {
        browser.open(page);
        Object injected = browser.driver().executeScript(
                "return document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror], [onload], script:not([src]):not([nonce])').length;");
        Object alerts = browser.driver().executeScript("return (window.__alerts || []).join(' | ');");
        String shown = String.valueOf(browser.driver().executeScript(
                "return document.body.innerText + ' ' + Array.from(document.querySelectorAll('input, textarea')).map(e => e.value).join(' ');"));
        List<String> problems = new ArrayList<>();
        if (((Number) injected).intValue() > 0) {
            problems.add(page + ": " + injected + " injected element(s)");
        }
        if (!String.valueOf(alerts).isEmpty()) {
            problems.add(page + ": alert ran: " + alerts);
        }
        for (String text : texts) {
            if (!shown.contains(text)) {
                problems.add(page + ": does not show as text: " + text);
            }
        }
        return problems;
    }

    static void assertLiteralCells(byte[] xlsx, String... texts) {
        List<String> cells = Documents.cells(xlsx);
        for (String text : texts) {
            assertThat(cells).as("a text cell holding %s", text).anyMatch(c -> c.contains(text));
        }
    }

    /** A table cell wraps long text where it likes (even after a hyphen): compared without white space. */
    static void assertPdfShows(byte[] pdf, String... texts) {
        String shown = Documents.pdf(pdf).replaceAll("\\s", "");
        for (String text : texts) {
            assertThat(shown).contains(text.replaceAll("\\s", ""));
        }
    }
}
