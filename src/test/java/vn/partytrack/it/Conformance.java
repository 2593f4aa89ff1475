package vn.partytrack.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every answer of the API checked against the OpenAPI document the server serves, as a generated client would rely
 * on it (swagger-request-validator): a status the operation documents, its content type, a body that fits the
 * schema. {@link Api} passes every reply through here; an answer outside the document fails the test that got it.
 * Requests to paths the document does not list (pages, files) are not checked.
 */
public final class Conformance {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Conformance() {
    }

    /** The document served at {@code /openapi} of the server behind {@code base} (…/partytrack/). */
    public static String document(URI base) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/openapi")).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/openapi answered " + r.statusCode());
            }
            // Payara adds a top-level "endpoints" (its own, not OpenAPI's; OpenApiConformance empties it, Payara
            // still writes the key): left out, as every client of the document has to
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
                jakarta.json.JsonObject document = reader.readObject();
                return jakarta.json.Json.createObjectBuilder(document).remove("endpoints").build().toString();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenApiInteractionValidator validator(URI base) {
        return VALIDATORS.computeIfAbsent(base.getScheme() + "://" + base.getAuthority(), k ->
                OpenApiInteractionValidator.createForInlineApiSpecification(document(base))
                        .withBasePathOverride(base.getPath().replaceAll("/$", ""))
                        .build());
    }

    /**
     * The ways this answer departs from the document (empty when it conforms, or when the path is not the API's).
     * {@code body} null: not checked (a file).
     */
    public static String violations(URI base, String method, URI uri, int status, HttpHeaders headers, String body) {
        if (!uri.getPath().contains("/api/v1/")) {
            return "";
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.map().forEach((name, values) -> values.forEach(v -> response.withHeader(name, v)));
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator(base).validateResponse(uri.getPath(), Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().equals("validation.request.path.missing"))
                .filter(m -> body != null || !m.getKey().startsWith("validation.response.body"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    /** Fails unless the answer conforms to the document. */
    public static void check(URI base, String method, URI uri, int status, HttpHeaders headers, String body) {
        String violations = violations(base, method, uri, status, headers, body);
        if (!violations.isEmpty()) {
            throw new AssertionError(method + " " + uri + " answered " + status + " outside the OpenAPI document:\n" + violations
                    + "\n" + (body == null ? "" : body.substring(0, Math.min(body.length(), 600))));
        }
    }
}
