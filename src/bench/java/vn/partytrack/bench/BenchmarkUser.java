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
 * through the JSF login form, and posts forms as a browser would; an API user has no cookies and sends HTTP Basic on
 * every request. The benchmark, the cluster check and the integration tests that speak HTTP themselves use it.
 */
public final class BenchmarkUser {

    /** Marks the login form (a page that answers with it was not served to a signed-in user). */
    public static final String LOGIN_MARKER = "name=\"login:username\"";
    /** Marks PartyTrack's error pages. */
    public static final String ERROR_MARKER = "id=\"errorCode\"";

    private static final Pattern VIEW_STATE_INPUT = Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("type=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
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
    public static BenchmarkUser anonymous(String base) {
        return new BenchmarkUser(base, null, null, false);
    }

    /** A browser-like visitor not signed in, keeping cookies (a session for the login form's view state). */
    public static BenchmarkUser visitor(String base) {
        return new BenchmarkUser(base, null, null, true);
    }

    /** An API client: HTTP Basic on every request, no cookies, so no session. */
    public static BenchmarkUser api(String base, String username, String password) {
        return new BenchmarkUser(base, username, password, false);
    }

    /** A browser-like user signed in through the login form, keeping its session cookie. */
    public static BenchmarkUser signedIn(String base, String username, String password) throws IOException, InterruptedException {
        BenchmarkUser user = new BenchmarkUser(base, username, password, true);
        user.login(password);
        return user;
    }

    private void login(String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        if (form.statusCode() != 200) {
            throw new IOException("GET /login.xhtml answered " + form.statusCode());
        }
        Map<String, String> fields = form(form.body(), "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        HttpResponse<String> after = send(request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
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

    /** The session cookie as a Cookie header's value ("JSESSIONID=…"), for requests sent by other clients. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }

    public static String viewState(String html) throws IOException {
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

    /** The fields a browser would post for a form: its inputs (not buttons or unchecked boxes), textareas, view state. */
    public static Map<String, String> form(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + formId + " in the page");
        }
        String part = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = INPUT.matcher(part);
        while (inputs.find()) {
            String tag = inputs.group();
            Matcher name = NAME.matcher(tag);
            Matcher type = TYPE.matcher(tag);
            String t = type.find() ? type.group(1) : "text";
            if (!name.find() || t.equals("submit") || t.equals("button") || ((t.equals("checkbox") || t.equals("radio")) && !tag.contains("checked"))) {
                continue;
            }
            Matcher value = VALUE.matcher(tag);
            fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
        Matcher areas = TEXTAREA.matcher(part);
        while (areas.find()) {
            fields.put(areas.group(1), unescape(areas.group(2)));
        }
        // PrimeFaces' script adds its view's nonce to every postback (Content-Security-Policy mode, web.xml)
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    /** Posts a form as PrimeFaces does when its button {@code source} is pressed (an Ajax request). */
    public HttpResponse<String> ajax(String path, Map<String, String> form, String source, String formId) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", formId);
        fields.put("jakarta.faces.partial.render", formId);
        fields.put(source, source);
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    public static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#58;", ":").replace("&amp;", "&");
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept-Language", "vi");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    public HttpResponse<String> sendJson(String method, String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** GET of a JSON document that must answer 200. */
    public JsonStructure json(String path) throws IOException, InterruptedException {
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
