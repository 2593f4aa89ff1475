package vn.partytrack.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user: its own {@link HttpClient} (own connections). A page user keeps cookies and signs in once
 * through the JSF login form; an API user has no cookies and sends HTTP Basic on every request.
 */
final class BenchmarkUser {

    /** Marks the login form (a page that answers with it was not served to a signed-in user). */
    static final String LOGIN_MARKER = "name=\"login:username\"";
    /** Marks PartyTrack's error pages. */
    static final String ERROR_MARKER = "id=\"errorCode\"";

    private static final Pattern VIEW_STATE_INPUT = Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** The HTTP clients' worker threads, shared (each client still has its own connections and selector). */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });

    final String username;
    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;
    private final String authorization;

    private BenchmarkUser(String base, String username, String password, boolean session) {
        this.base = base;
        this.username = username;
        this.cookies = session ? new CookieManager(null, CookiePolicy.ACCEPT_ALL) : null;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).executor(EXECUTOR);
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        this.client = b.build();
        this.authorization = session || username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A user without an account and without cookies (the static baseline). */
    static BenchmarkUser anonymous(String base) {
        return new BenchmarkUser(base, null, null, false);
    }

    /** An API client: HTTP Basic on every request, no cookies, so no session. */
    static BenchmarkUser api(String base, String username, String password) {
        return new BenchmarkUser(base, username, password, false);
    }

    /** A browser-like user signed in through the login form, keeping its session cookie. */
    static BenchmarkUser signedIn(String base, String username, String password) throws IOException, InterruptedException {
        BenchmarkUser user = new BenchmarkUser(base, username, password, true);
        user.login(password);
        return user;
    }

    private void login(String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        if (form.statusCode() != 200) {
            throw new IOException("GET /login.xhtml answered " + form.statusCode());
        }
        String viewState = viewState(form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState);
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> after = send(request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        if (after.statusCode() != 200 || after.body().contains(LOGIN_MARKER)) {
            throw new IOException("login as " + username + " failed: POST /login.xhtml ended with " + after.statusCode()
                    + " at " + after.uri() + (after.body().contains(LOGIN_MARKER) ? " (the login form again)" : ""));
        }
        if (cookies.getCookieStore().getCookies().isEmpty()) {
            throw new IOException("login as " + username + ": no session cookie was set");
        }
        HttpResponse<String> home = get("/index.xhtml");
        if (home.statusCode() != 200 || home.body().contains(LOGIN_MARKER) || home.body().contains(ERROR_MARKER)) {
            throw new IOException("login as " + username + ": GET /index.xhtml afterwards answered " + home.statusCode()
                    + (home.body().contains(LOGIN_MARKER) ? " with the login form" : ""));
        }
    }

    static String viewState(String html) throws IOException {
        Matcher input = VIEW_STATE_INPUT.matcher(html);
        if (!input.find()) {
            throw new IOException("no jakarta.faces.ViewState in the login page");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IOException("jakarta.faces.ViewState without a value");
        }
        return value.group(1).replace("&#58;", ":").replace("&#x3a;", ":").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept-Language", "vi");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    HttpResponse<String> sendJson(String method, String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET of a JSON document that must answer 200. */
    JsonStructure json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = getJson(path);
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " as " + username + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        return parse(r.body());
    }

    static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    static JsonObject object(String body) {
        return (JsonObject) parse(body);
    }

    static String abbreviate(String s) {
        s = s == null ? "" : s.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
