package vn.partytrack.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A REST client signed in as one account with HTTP Basic, as API clients are told to use it. Every answer from the
 * API is checked against the served OpenAPI document ({@link Conformance}) unless {@link #unchecked()}.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private String language = "vi";
    /** Whether answers are checked against the OpenAPI document (Conformance); off only for requests outside it. */
    private boolean checked = true;
    private final java.util.Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api as(URI base, String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api anonymous(URI base) {
        return new Api(base, null);
    }

    public Api inLanguage(String language) {
        this.language = language;
        return this;
    }

    /** Sends this header too on every request (an Origin, a cookie, a fetch mode: what a browser would add). */
    public Api withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /**
     * Answers not checked against the OpenAPI document: for requests that break HTTP or the document on purpose
     * (a method the operation does not have, a type it does not produce), whose answers the document cannot describe.
     */
    public Api unchecked() {
        checked = false;
        return this;
    }

    /** Any method with any body and content type, for requests no well-behaved client sends. */
    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    /** Any method, accepting any type, with the body as bytes (an export, a document, a page). */
    public HttpResponse<byte[]> exchange(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path).setHeader("Accept", "*/*").method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpRequest built = b.build();
            HttpResponse<byte[]> r = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
            if (checked) {
                boolean json = r.headers().firstValue("Content-Type").orElse("").contains("json");
                Conformance.check(base, method, built.uri(), r.statusCode(), r.headers(), json ? new String(r.body(), StandardCharsets.UTF_8) : null);
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The body of a file download (an export, a document); fails unless the server answers 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).setHeader("Accept", "*/*").timeout(Duration.ofMinutes(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", language);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        extraHeaders.forEach(b::header);
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> r = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (checked) {
                Conformance.check(base, built.method(), built.uri(), r.statusCode(), r.headers(), r.body());
            }
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("WWW-Authenticate").orElse(null), r.headers(), built.method(), built.uri());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Reply(int status, String body, String location, String wwwAuthenticate, java.net.http.HttpHeaders headers,
                        String method, URI uri) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }


        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
