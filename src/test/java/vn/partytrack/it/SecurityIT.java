package vn.partytrack.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import vn.partytrack.bench.BenchmarkUser;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.partytrack.it.ApiIT.PASSWORD;
import static vn.partytrack.it.ApiIT.count;
import static vn.partytrack.it.ApiIT.edit;
import static vn.partytrack.it.ApiIT.id;
import static vn.partytrack.it.ApiIT.text;

/**
 * The doors' locks, tested from outside as an attacker would try them: response headers, cross-site writes to pages
 * and to the API, forged and borrowed view state, session ids, idle sessions, what is stored and logged of passwords,
 * and what the application's own database role may do to the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    /** Sessions of this deployment end after this many idle seconds (production: 1800). */
    static final int IDLE_SECONDS = 6;
    static final String EVIL = "http://evil.example";

    /** Everything the server prints: Arquillian relays the Payara Micro process's output through System.out. */
    static final ByteArrayOutputStream SERVER_OUTPUT = new ByteArrayOutputStream();

    static {
        PrintStream console = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                synchronized (SERVER_OUTPUT) {
                    SERVER_OUTPUT.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.write(b, off, len);
                synchronized (SERVER_OUTPUT) {
                    SERVER_OUTPUT.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    /** The real WAR, with one more configuration source (a higher ordinal) that makes sessions short-lived. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "short-sessions.jar").addAsManifestResource(
                new StringAsset("config_ordinal=500\npartytrack.session.idle-seconds=" + IDLE_SECONDS + "\n"),
                "microprofile-config.properties");
        return Deployments.partytrack().addAsLibrary(config);
    }

    @ArquillianResource
    URL deploymentUrl;

    URI base;

    @BeforeEach
    void base() {
        base = Deployments.base(deploymentUrl);
    }

    String root() {
        String s = base.toString();
        return s.substring(0, s.length() - 1);
    }

    @Test
    void everyResponseSaysHowABrowserMayUseIt() {
        Api.Reply login = Api.anonymous(base).send("GET", "login.xhtml", null, null);
        Api.Reply again = Api.anonymous(base).send("GET", "login.xhtml", null, null);
        String policy = login.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'").doesNotContain("unsafe-inline' 'nonce", "unsafe-eval");
        assertThat(again.header("Content-Security-Policy")).as("a fresh nonce for every page").isNotEqualTo(policy);
        assertThat(policy.replaceAll(".*'nonce-([^']+)'.*", "$1")).as("the page's scripts carry the nonce")
                .satisfies(nonce -> assertThat(login.body()).contains("nonce=\"" + nonce + "\""));
        List<Api.Reply> replies = List.of(login,
                Api.as(base, "tochuc", PASSWORD).get("api/v1/organisations"),
                Api.anonymous(base).get("api/v1/organisations"),
                Api.anonymous(base).send("GET", "resources/baseline.html", null, null));
        for (Api.Reply r : replies) {
            assertThat(r.header("X-Content-Type-Options")).as(r.toString()).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(r.toString()).isEqualTo("same-origin");
            assertThat(r.header("X-Frame-Options")).as(r.toString()).isEqualTo("DENY");
            assertThat(r.header("Content-Security-Policy")).as(r.toString()).contains("frame-ancestors 'none'");
        }
        // the redirect to the login page (sent by the authentication, before any filter) carries them too
        Api.Reply redirect = Api.anonymous(base).send("GET", "index.xhtml", null, null);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(redirect.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(replies.get(1).header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(replies.get(1).header("Cache-Control")).isEqualTo("no-store");
        assertThat(replies.get(2).status()).isEqualTo(401);
    }

    @Test
    void theApiTakesWritesOnlyWithBasicAndNeverFromAnotherSite() throws Exception {
        long own = id("MAU-HCSN-21");
        JsonObject current = Api.as(base, "bithu21", PASSWORD).get("api/v1/organisations/" + own).json();
        String body = edit(current, Map.of("secretaryName", "Người Giả Mạo"));
        String path = "api/v1/organisations/" + own;
        BenchmarkUser page = BenchmarkUser.signedIn(root(), "bithu21", PASSWORD);
        String before = TestDatabase.fingerprint();

        List<Api.Reply> refused = new ArrayList<>();
        refused.add(Api.anonymous(base).put(path, body));
        // the page session's cookie, which a browser would attach by itself, is not enough to write
        refused.add(Api.anonymous(base).withHeader("Cookie", page.sessionCookie()).put(path, body));
        refused.add(Api.anonymous(base).withHeader("Cookie", page.sessionCookie()).withHeader("Origin", root()).put(path, body));
        // a browser that remembers Basic credentials, driven by another site
        Api.Reply evilOrigin = Api.as(base, "bithu21", PASSWORD).withHeader("Origin", EVIL).put(path, body);
        refused.add(evilOrigin);
        refused.add(Api.as(base, "bithu21", PASSWORD).withHeader("Origin", "null").put(path, body));
        refused.add(Api.as(base, "bithu21", PASSWORD).withHeader("Sec-Fetch-Site", "cross-site").put(path, body));
        // what an HTML form can send: url-encoded, multipart or plain text, never JSON
        refused.add(Api.as(base, "bithu21", PASSWORD).send("PUT", path, "application/x-www-form-urlencoded", "secretaryName=x"));
        refused.add(Api.as(base, "bithu21", PASSWORD).send("PUT", path, "text/plain", body));
        refused.add(Api.as(base, "bithu21", PASSWORD).send("POST", "api/v1/reports", "text/plain", "{\"organisationId\":" + own + ",\"periodId\":1}"));

        assertThat(refused).extracting(Api.Reply::status).containsExactly(401, 401, 401, 403, 403, 403, 415, 415, 415);
        assertThat(evilOrigin.json().getString("detail")).contains("trang web khác");
        assertThat(TestDatabase.fingerprint()).as("nothing changed").isEqualTo(before);

        // the same write from the same site with Basic goes through: the refusals above were the locks, not a fault
        Api.Reply accepted = Api.as(base, "bithu21", PASSWORD).withHeader("Origin", root()).withHeader("Sec-Fetch-Site", "same-origin").put(path, body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(text("SELECT secretary_name FROM organisation WHERE id = " + own)).isEqualTo("Người Giả Mạo");
    }

    @Test
    void pagesRefuseCrossSitePostsAndViewStateFromElsewhere() throws Exception {
        long own = id("MAU-HCSN-22");
        String pagePath = "/organisation/edit.xhtml?id=" + own;
        BenchmarkUser secretary = BenchmarkUser.signedIn(root(), "bithu22", PASSWORD);
        HttpResponse<String> page = secretary.get(pagePath);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = BenchmarkUser.form(page.body(), "form");
        form.put("form:secretaryName", "Kẻ Mạo Danh");
        String before = TestDatabase.fingerprint();

        // posted from another site, in the secretary's own session with her own view state
        HttpResponse<String> crossSite = secretary.send(secretary.request("/organisation/edit.xhtml?id=" + own)
                .header("Origin", EVIL).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BenchmarkUser.encode(withButton(form, "form:save")))).build());
        assertThat(crossSite.statusCode()).as(crossSite.uri() + " " + crossSite.body()).isEqualTo(403);
        assertThat(crossSite.body()).doesNotContain("Exception:", "at vn.", "java.lang");

        // a made-up view state, and a real one borrowed from another person's session
        Map<String, String> forged = new java.util.LinkedHashMap<>(form);
        forged.put("jakarta.faces.ViewState", "-1234567890123456789:987654321987654321");
        HttpResponse<String> forgedReply = secretary.ajax(pagePath, forged, "form:save", "form");
        BenchmarkUser other = BenchmarkUser.signedIn(root(), "bithu23", PASSWORD);
        HttpResponse<String> borrowed = other.ajax(pagePath, form, "form:save", "form");
        // no view state at all: a fresh view, no action
        Map<String, String> none = new java.util.LinkedHashMap<>(form);
        none.remove("jakarta.faces.ViewState");
        HttpResponse<String> withoutState = secretary.ajax(pagePath, none, "form:save", "form");
        for (HttpResponse<String> r : List.of(forgedReply, borrowed, withoutState)) {
            assertThat(r.statusCode()).as(r.body()).isIn(200, 302, 403);
            assertThat(r.body()).as(r.body()).doesNotContain("Kẻ Mạo Danh", "Exception:", "at vn.", "java.lang", "CspException", "ViewExpiredException");
        }
        assertThat(TestDatabase.fingerprint()).as("nothing changed").isEqualTo(before);

        // her own post, from her own page, is saved: the locks above did not simply break the form
        HttpResponse<String> genuine = secretary.ajax(pagePath, form, "form:save", "form");
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(text("SELECT secretary_name FROM organisation WHERE id = " + own)).isEqualTo("Kẻ Mạo Danh");
    }

    @Test
    void aTraceRequestIsRefusedAndNothingAfterItsHeadersIsReadAsARequest() throws Exception {
        for (String path : List.of(base.getPath(), "/health", "/openapi")) {
            String smuggled = "GET " + base.getPath() + "api/v1/periods HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            String trace = "TRACE " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                    + smuggled.getBytes(StandardCharsets.US_ASCII).length + "\r\n\r\n" + smuggled;
            String answer;
            try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(trace.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                ByteArrayOutputStream received = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                        received.write(buffer, 0, n);
                    }
                } catch (java.net.SocketTimeoutException e) {
                    // the connection stayed open: the check below still finds a second answer if there was one
                }
                answer = received.toString(StandardCharsets.ISO_8859_1);
            }
            assertThat(answer).as(path + ": " + answer).startsWith("HTTP/1.1 405");
            assertThat(answer).as(path).containsPattern("(?i)\r\nAllow: [A-Z, ]+\r\n").doesNotContainPattern("(?i)Allow:[^\r]*TRACE");
            assertThat(answer.split("HTTP/1\\.1 ", -1)).as(path + ": exactly one answer, the smuggled request never: " + answer).hasSize(2);
        }
    }

    @Test
    void theServersOwnDocumentAndHealthCheckCarryTheSameHeaders() {
        URI server = base.resolve("/");
        for (String path : List.of("openapi", "health")) {
            Api.Reply r = Api.anonymous(server).send("GET", path, null, null);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(r.header("Content-Security-Policy")).as(path).startsWith("default-src 'none'");
        }
        // the document as YAML (what a client gets without asking for JSON), in UTF-8 and saying so
        HttpResponse<byte[]> yaml = Api.anonymous(server).exchange("GET", "openapi", null, null);
        assertThat(yaml.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/yaml;charset=UTF-8");
        assertThat(new String(yaml.body(), StandardCharsets.UTF_8)).contains("Tổ chức cơ sở đảng");
    }

    /** What the login page says after a login attempt (its messages' text), and how long the attempt took. */
    record Attempt(String message, long nanos) {
    }

    Attempt pageLogin(String username, String password) throws Exception {
        BenchmarkUser visitor = BenchmarkUser.visitor(root());
        Map<String, String> fields = BenchmarkUser.form(visitor.get("/login.xhtml").body(), "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        long start = System.nanoTime();
        HttpResponse<String> after = visitor.send(visitor.request("/login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BenchmarkUser.encode(fields))).build());
        long nanos = System.nanoTime() - start;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ui-messages-error-summary[^>]*>([^<]*)<").matcher(after.body());
        int at = after.body().indexOf("ui-messages");
        return new Attempt(m.find() ? unescape(m.group(1))
                : "(no message) " + after.statusCode() + " " + (at < 0 ? "" : after.body().substring(at, Math.min(after.body().length(), at + 400))), nanos);
    }

    /** Numeric character references (&#7889; …) as the characters they stand for. */
    static String unescape(String html) {
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html)
                .replaceAll(r -> new String(Character.toChars(Integer.parseInt(r.group(2), r.group(1).isEmpty() ? 10 : 16))));
    }

    static long basicNanos(URI base, String username, String password) {
        long start = System.nanoTime();
        Api.Reply r = Api.as(base, username, password).get("api/v1/periods");
        long nanos = System.nanoTime() - start;
        assertThat(r.status()).isEqualTo(401);
        return nanos;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void aLockedAccountAnUnknownNameAndAWrongPasswordLookAndCostTheSame() throws Exception {
        String locked = "bithu26";
        for (int i = 0; i < 5; i++) {
            Api.as(base, locked, "sai-" + i).get("api/v1/periods");
        }
        assertThat(count("SELECT count(*) FROM account WHERE username = '" + locked + "' AND locked_until > now()")).isEqualTo(1);

        // the login page: the same words for all three
        Attempt unknown = pageLogin("khong-ton-tai-91", "sai-mat-khau");
        Attempt wrong = pageLogin("bithu32", "sai-mat-khau");
        Attempt lockedOut = pageLogin(locked, PASSWORD);
        assertThat(unknown.message()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(wrong.message()).isEqualTo(unknown.message());
        assertThat(lockedOut.message()).isEqualTo(unknown.message());

        // and the same cost: each hashes the password once (about 0.1-0.5 s here); a lock answered without hashing
        // took a few milliseconds. Medians of several tries, with a generous factor, so that a busy machine does not
        // make the test flaky while a missing hash (30-100 times faster) still fails it.
        List<Long> unknownTimes = new ArrayList<>();
        List<Long> wrongTimes = new ArrayList<>();
        List<Long> lockedTimes = new ArrayList<>();
        List<Long> pageLockedTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            unknownTimes.add(basicNanos(base, "khong-ton-tai-" + i, "sai-mat-khau"));
            wrongTimes.add(basicNanos(base, "bithu32", "sai-mat-khau-" + i));
            lockedTimes.add(basicNanos(base, locked, PASSWORD));
            pageLockedTimes.add(pageLogin(locked, "sai-" + i).nanos());
        }
        // bithu32 is used by no other test: these wrong passwords lock it (from the fifth on it counts as locked)
        long slowest = Math.max(median(unknownTimes), median(wrongTimes));
        assertThat(median(lockedTimes)).as("Basic, locked vs unknown %s / wrong %s", unknownTimes, wrongTimes).isGreaterThan(slowest / 4);
        assertThat(median(pageLockedTimes)).as("login page, locked").isGreaterThan(slowest / 4);
        assertThat(Math.min(median(unknownTimes), median(wrongTimes))).isGreaterThan(slowest / 4);
    }

    @Test
    void aPostbackWithoutItsPagesNonceRunsNothing() throws Exception {
        long own = id("MAU-HCSN-28");
        String pagePath = "/organisation/edit.xhtml?id=" + own;
        BenchmarkUser secretary = BenchmarkUser.signedIn(root(), "bithu28", PASSWORD);
        Map<String, String> form = BenchmarkUser.form(secretary.get(pagePath).body(), "form");
        form.put("form:secretaryName", "Không Có Nonce");
        String before = TestDatabase.fingerprint();

        Map<String, String> without = new java.util.LinkedHashMap<>(form);
        without.remove("primefaces.nonce");
        HttpResponse<String> ajax = secretary.ajax(pagePath, without, "form:save", "form");
        assertThat(ajax.body()).as(ajax.body()).contains("<redirect").contains("/error/expired.xhtml").doesNotContain("Không Có Nonce");
        Map<String, String> other = new java.util.LinkedHashMap<>(form);
        other.put("primefaces.nonce", java.util.Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> foreign = secretary.ajax(pagePath, other, "form:save", "form");
        assertThat(foreign.body()).as(foreign.body()).contains("/error/expired.xhtml");
        Map<String, String> plain = withButton(without, "form:save");
        HttpResponse<String> notAjax = secretary.send(secretary.request(pagePath).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BenchmarkUser.encode(plain))).build());
        assertThat(notAjax.statusCode()).isEqualTo(403);
        assertThat(TestDatabase.fingerprint()).as("nothing changed").isEqualTo(before);

        // with its nonce the same post is saved
        HttpResponse<String> genuine = secretary.ajax(pagePath, form, "form:save", "form");
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(text("SELECT secretary_name FROM organisation WHERE id = " + own)).isEqualTo("Không Có Nonce");
    }

    @Test
    void signingInGivesANewSessionIdAndIdleSessionsEnd() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(before).as("the login page has a session (its form's view state)").isNotNull();
            browser.login("bithu24", PASSWORD);
            Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(after.getValue()).as("a session id fixed before login is worthless after it").isNotEqualTo(before.getValue());
            assertThat(after.isHttpOnly()).isTrue();
            assertThat(after.getSameSite()).isEqualTo("Lax");
            assertThat(browser.exists("login:username")).as("signed in").isFalse();

            // an old session id presented again is not signed in
            Api.Reply fixed = Api.anonymous(base).withHeader("Cookie", "JSESSIONID=" + before.getValue()).send("GET", "index.xhtml", null, null);
            assertThat(fixed.status()).isEqualTo(302);

            // idle time has to pass for real: any request to look would be activity and keep the session alive
            Thread.sleep((IDLE_SECONDS + 3) * 1000L);
            browser.open("index.xhtml");
            assertThat(browser.exists("login:username")).as("after the idle time the login page, not the dashboard").isTrue();
        }
    }

    @Test
    void passwordsAreStoredHashedAndNeverPrintedInTheLog() throws Exception {
        String wrong = "Sai-Mật-Khẩu-7f3a91";
        Api.as(base, "bithu25", wrong).get("api/v1/organisations");
        try {
            BenchmarkUser.signedIn(root(), "bithu25", wrong);
        } catch (java.io.IOException expected) {
            // the login form again: the password was wrong
        }
        assertThat(Api.as(base, "bithu25", PASSWORD).get("api/v1/organisations").status()).isEqualTo(200);
        BenchmarkUser.signedIn(root(), "bithu25", PASSWORD);
        String log = quietServerOutput();
        assertThat(log).as("the capture works: it holds the server's start").contains("Database schema at version");
        assertThat(log).doesNotContain(wrong, PASSWORD);

        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT password_hash FROM account")) {
            while (r.next()) {
                assertThat(r.getString(1)).matches("PBKDF2WithHmacSHA256:210000:[A-Za-z0-9+/=]{40,}:[A-Za-z0-9+/=]{40,}");
            }
        }
        assertThat(count("SELECT count(*) FROM audit_entry WHERE before_state LIKE '%" + PASSWORD
                + "%' OR after_state LIKE '%" + PASSWORD + "%' OR before_state LIKE '%" + wrong + "%' OR after_state LIKE '%" + wrong + "%'")).isZero();
    }

    @Test
    void theApplicationsDatabaseRoleMayAppendToTheAuditLogButNeverRewriteIt() throws Exception {
        // the running application really is connected as its own, narrower login
        Api.as(base, "tochuc", PASSWORD).get("api/v1/organisations");
        assertThat(text("SELECT string_agg(DISTINCT usename, ',') FROM pg_stat_activity WHERE application_name = 'PartyTrack'"))
                .isEqualTo("partytrack_web");
        try (Connection c = TestDatabase.connectAsApplication(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO audit_entry (actor, entity_type, action) VALUES ('test', 'TEST', 'CREATE')");
            c.rollback();
            for (String sql : List.of("UPDATE audit_entry SET actor = 'x'", "DELETE FROM audit_entry", "TRUNCATE audit_entry",
                    "ALTER TABLE audit_entry DISABLE TRIGGER ALL", "DROP TABLE audit_entry", "DELETE FROM flyway_schema_history",
                    "CREATE TABLE intruder (id int)")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isIn("42501"));
                c.rollback();
            }
        }
        assertThat(count("SELECT count(*) FROM audit_entry WHERE actor = 'test' AND entity_type = 'TEST' AND action = 'CREATE'"
                + " AND at > now() - interval '1 minute'")).isZero();
    }

    private static Map<String, String> withButton(Map<String, String> form, String button) {
        Map<String, String> all = new java.util.LinkedHashMap<>(form);
        all.put(button, button);
        return all;
    }

    /**
     * The server's output once Arquillian's relay has caught up: nothing new for 300 ms (at most 10 s), so lines logged
     * while the requests above were served are in.
     */
    static String quietServerOutput() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        int size = -1;
        while (System.nanoTime() < deadline) {
            int now;
            synchronized (SERVER_OUTPUT) {
                now = SERVER_OUTPUT.size();
            }
            if (now == size) {
                break;
            }
            size = now;
            Thread.sleep(300); // between two looks at the condition
        }
        synchronized (SERVER_OUTPUT) {
            return SERVER_OUTPUT.toString(StandardCharsets.UTF_8);
        }
    }
}
