package vn.partytrack.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that arrive at the same moment, as double clicks and two people at once make them: no duplicate, no lost
 * or half-written input, exactly one winner and a clear 409 for the others, and the database holding the winner's
 * input whole.
 */
class ConcurrencyIT extends ApiIT {

    static final int AT_ONCE = 8;

    /** Sends {@code n} requests released together, returning the replies in order. */
    static List<Api.Reply> atOnce(int n, IntFunction<Api.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit((Callable<Api.Reply>) () -> {
                    start.await();
                    return request.apply(k);
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void simultaneousWritesToOneReportHaveOneWinnerAndLoseNothing() throws Exception {
        Api secretary = as("bithu19");
        long unit = id("MAU-HCSN-19");
        long period = currentPeriod(secretary);

        // eight "open my report" at once: one draft
        List<Api.Reply> opened = atOnce(AT_ONCE, k -> secretary.post("api/v1/reports", "{\"organisationId\":" + unit + ",\"periodId\":" + period + "}"));
        assertThat(opened).extracting(Api.Reply::status).allMatch(s -> s == 200 || s == 201);
        assertThat(opened).extracting(r -> r.json().getJsonNumber("id").longValue()).containsOnly(opened.get(0).json().getJsonNumber("id").longValue());
        assertThat(count("SELECT count(*) FROM report WHERE organisation_id = " + unit + " AND period_id = " + period)).isEqualTo(1);
        JsonObject draft = opened.get(0).json();
        long report = draft.getJsonNumber("id").longValue();

        // eight saves of the same version, each with its own text: one is saved whole, seven are told of the conflict
        List<Api.Reply> saved = atOnce(AT_ONCE, k -> secretary.put("api/v1/reports/" + report, complete(draft)
                .add("texts", Json.createObjectBuilder().add("SITUATION", "Bản lưu số " + k).add("POLITICAL", "Phần chính trị " + k)).build().toString()));
        assertThat(saved).as(saved.toString()).extracting(Api.Reply::status).allMatch(s -> s == 200 || s == 409);
        assertThat(saved.stream().filter(r -> r.status() == 200)).as(saved.toString()).hasSize(1);
        int winner = saved.indexOf(saved.stream().filter(r -> r.status() == 200).findFirst().orElseThrow());
        assertThat(saved.stream().filter(r -> r.status() == 409)).allMatch(r -> r.json().getString("title").equals("Xung đột chỉnh sửa"));
        assertThat(text("SELECT string_agg(section_code || '=' || body, '|' ORDER BY section_code) FROM report_text WHERE report_id = " + report))
                .isEqualTo("POLITICAL=Phần chính trị " + winner + "|SITUATION=Bản lưu số " + winner);

        // eight submits at once (a double-clicked button, or several tabs): one submission, one event
        JsonObject current = secretary.get("api/v1/reports/" + report).json();
        List<Api.Reply> submitted = atOnce(AT_ONCE, k -> secretary.post("api/v1/reports/" + report + "/submit", complete(current).build().toString()));
        assertThat(submitted.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(submitted).as(submitted.toString()).extracting(Api.Reply::status).allMatch(s -> s == 200 || s == 409);
        assertThat(count("SELECT count(*) FROM report_event WHERE report_id = " + report + " AND action = 'SUBMIT'")).isEqualTo(1);
        assertThat(text("SELECT status FROM report WHERE id = " + report)).isEqualTo("SUBMITTED");

        // two staff members decide at the same moment, one to accept, one to return: one decision stands
        long version = secretary.get("api/v1/reports/" + report).json().getJsonNumber("version").longValue();
        List<Api.Reply> decided = atOnce(2, k -> k == 0
                ? as("tochuc").post("api/v1/reports/" + report + "/accept", "{\"version\":" + version + "}")
                : as("tuyengiao").post("api/v1/reports/" + report + "/return", "{\"reason\":\"Bổ sung số liệu\",\"version\":" + version + "}"));
        assertThat(decided).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 409);
        assertThat(count("SELECT count(*) FROM report_event WHERE report_id = " + report + " AND action IN ('ACCEPT', 'RETURN')")).isEqualTo(1);
        assertThat(text("SELECT status FROM report WHERE id = " + report)).isEqualTo(decided.get(0).status() == 200 ? "ACCEPTED" : "RETURNED");
    }

    @Test
    void theSameNewRecordPostedTwiceAtOnceIsCreatedOnce() throws Exception {
        Api admin = as("quantri");
        long before = count("SELECT count(*) FROM organisation");
        String json = newOrganisation("MAU-DOUBLE-01", "Chi bộ Bấm Hai Lần")
                .add("membersTotal", 5).add("membersFull", 5).add("membersProbationary", 0).build().toString();
        List<Api.Reply> created = atOnce(AT_ONCE, k -> admin.post("api/v1/organisations", json));
        assertThat(created).as(created.toString()).extracting(Api.Reply::status).allMatch(s -> s == 201 || s == 400 || s == 409);
        assertThat(created.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(created.stream().filter(r -> r.status() != 201)).allSatisfy(r ->
                assertThat(r.body()).doesNotContain("Exception", "SQL", "duplicate key"));
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before + 1);
    }

    @Test
    void aDoubleClickedSaveRecordsOneMeeting() throws Exception {
        String chair = "Đồng chí Nhấp Đúp";
        String date = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        try (Browser browser = new Browser(base)) {
            browser.login("tochuc", PASSWORD);
            browser.open("meeting/list.xhtml");
            browser.driver().findElement(By.id("meetings:new")).click();
            browser.waitForPage();
            browser.driver().findElement(By.id("meeting:heldOn_input")).sendKeys(date, org.openqa.selenium.Keys.ESCAPE);
            browser.type("meeting:chair", chair);
            new Actions(browser.driver()).doubleClick(browser.byId("meeting:save")).perform();
            browser.waitForAjax();
            browser.waitForPage();
            assertThat(browser.driver().getCurrentUrl()).contains("id=");
        }
        assertThat(count("SELECT count(*) FROM review_meeting WHERE chair = '" + chair + "'")).isEqualTo(1);
    }
}
