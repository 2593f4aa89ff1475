package vn.partytrack.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partytrack.bench.BenchmarkUser;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the tracker served again as rendered (platform/web/PageCache): only to the same account in the
 * same language, each time with a fresh script nonce, never after anything was written, and never for a page that
 * keeps state in its session.
 */
class PageCacheIT extends ApiIT {

    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("nonce=\"([^\"]+)\"");

    String root;
    long period;

    @BeforeEach
    void root() throws SQLException {
        String address = base.toString();
        root = address.substring(0, address.length() - 1);
        period = count("SELECT id FROM reporting_period WHERE code = '2021-H1'");
    }

    @Test
    void aKeptPageGoesOnlyToTheSameAccountInTheSameLanguageWithAFreshNonce() throws Exception {
        String tracker = "/assessment/tracker.xhtml?bloc=HCSN&period=" + period;
        BenchmarkUser staff = BenchmarkUser.signedIn(root, "tochuc", PASSWORD);
        HttpResponse<String> first = staff.get(tracker);
        HttpResponse<String> again = staff.get(tracker);
        assertThat(first.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(again.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(again.body()).contains("value=\"stateless\"").contains(name("tochuc"));

        // the same page, with a nonce of its own that the policy names and the first page's nowhere
        String firstNonce = policyNonce(first);
        String nonce = policyNonce(again);
        assertThat(nonce).isNotEqualTo(firstNonce).hasSameSizeAs(firstNonce);
        assertThat(again.body()).doesNotContain(firstNonce).isEqualTo(first.body().replace(firstNonce, nonce));
        Matcher attributes = NONCE_ATTRIBUTE.matcher(again.body());
        int scripts = 0;
        while (attributes.find()) {
            assertThat(attributes.group(1)).isEqualTo(nonce);
            scripts++;
        }
        assertThat(scripts).isGreaterThan(3);
        assertThat(again.headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo(first.headers().firstValue("Content-Security-Policy").orElseThrow().replace(firstNonce, nonce));
        assertThat(again.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");

        // another account never gets it, even for the same address
        BenchmarkUser leader = BenchmarkUser.signedIn(root, "lanhdao", PASSWORD);
        HttpResponse<String> leaders = leader.get(tracker);
        assertThat(leaders.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(leaders.body()).contains(name("lanhdao")).doesNotContain(name("tochuc"));

        // nor the same account in the other language; switching keeps the filters of the address it was made from
        String filtered = "/index.xhtml?bloc=HCSN&period=" + period;
        HttpResponse<String> home = staff.get(filtered);
        Map<String, String> topbar = BenchmarkUser.form(home.body(), "topbar");
        topbar.put("topbar:lang-en", "topbar:lang-en");
        HttpResponse<String> switched = staff.send(staff.request("/index.xhtml").header("Referer", root + filtered)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BenchmarkUser.encode(topbar))).build());
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.uri().toString()).isEqualTo(root + filtered);
        assertThat(switched.body()).contains("lang=\"en\"");
        HttpResponse<String> english = staff.get(tracker);
        assertThat(english.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(english.body()).contains("lang=\"en\"").contains("Submission tracker");

        // a secretary's home keeps its view in the session: it is always rendered
        BenchmarkUser secretary = BenchmarkUser.signedIn(root, "bithu03", PASSWORD);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> own = secretary.get("/index.xhtml");
            assertThat(own.headers().firstValue("X-Page-Cache")).hasValue("miss");
            assertThat(own.body()).contains("id=\"secretaryHome\"").doesNotContain("value=\"stateless\"");
        }
    }

    @Test
    void aReportAcceptedThroughTheApiShowsOnTheNextDashboardAndTracker() throws Exception {
        String dashboard = "/index.xhtml?bloc=HCSN&period=" + period;
        String tracker = "/assessment/tracker.xhtml?bloc=HCSN&period=" + period;
        String accepted = "SELECT count(*) FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE b.code = 'HCSN' AND r.period_id = " + period + " AND r.status IN ('ACCEPTED', 'LOCKED')"
                // the units as they stood at the period's cut-off (those merged or dissolved since included)
                + " AND o.id IN (SELECT u.id FROM reporting_period p CROSS JOIN LATERAL units_at(p.cutoff_date) u WHERE p.id = " + period + ")";
        BenchmarkUser leader = BenchmarkUser.signedIn(root, "lanhdao", PASSWORD);
        leader.get(dashboard);
        leader.get(tracker);
        HttpResponse<String> kept = leader.get(dashboard);
        assertThat(kept.headers().firstValue("X-Page-Cache")).hasValue("hit");
        long before = count(accepted);
        assertThat(figure(kept.body(), "dash-accepted")).startsWith(before + "/");

        long report = count("SELECT min(r.id) FROM report r JOIN organisation o ON o.id = r.organisation_id JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE b.code = 'HCSN' AND r.period_id = " + period + " AND r.status IN ('SUBMITTED', 'RESUBMITTED')");
        assertThat(report).as("an awaiting report in the sample's 2021-H1").isPositive();
        Api.Reply accept = as("tochuc").post("api/v1/reports/" + report + "/accept", "{}");
        assertThat(accept.status()).as(accept.body()).isEqualTo(200);
        assertThat(count(accepted)).isEqualTo(before + 1);

        HttpResponse<String> fresh = leader.get(dashboard);
        assertThat(fresh.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(figure(fresh.body(), "dash-accepted")).startsWith((before + 1) + "/");
        HttpResponse<String> freshTracker = leader.get(tracker);
        assertThat(freshTracker.headers().firstValue("X-Page-Cache")).hasValue("miss");
        assertThat(figure(freshTracker.body(), "count-accepted")).isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void aChartSegmentClickedOnTheStatelessDashboardOpensTheTrackerWithTheSameFilters() throws Exception {
        BenchmarkUser staff = BenchmarkUser.signedIn(root, "tochuc", PASSWORD);
        String page = staff.get("/index.xhtml?bloc=HCSN&period=" + period).body();
        Map<String, String> form = BenchmarkUser.form(page, "dashboard");
        assertThat(form).containsEntry("period", String.valueOf(period)).containsEntry("bloc", "HCSN")
                .containsEntry("jakarta.faces.ViewState", "stateless");
        form.put("jakarta.faces.behavior.event", "itemSelect");
        form.put("jakarta.faces.partial.event", "itemSelect");
        form.put("itemIndex", "4");
        form.put("dataSetIndex", "0");
        HttpResponse<String> drilled = staff.ajax("/index.xhtml", form, "dashboard:statusChart", "dashboard:statusChart");
        assertThat(drilled.body()).contains("<redirect url=\"")
                .contains("/assessment/tracker.xhtml?period=" + period + "&amp;bloc=HCSN&amp;status=OVERDUE");
    }

    private static String policyNonce(HttpResponse<String> page) {
        Matcher m = POLICY_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).strip();
    }

    private static String name(String username) throws SQLException {
        return text("SELECT full_name FROM account WHERE username = '" + username + "'");
    }
}
