package vn.partytrack.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.SqlStatements;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every response says about itself, and the refusal of cross-site requests that would change something.
 * <ul>
 * <li>Headers: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, framing refused
 * ({@code X-Frame-Options} for old browsers, {@code frame-ancestors} in the policy), personal data not kept in caches.
 * Pages get their Content-Security-Policy from PrimeFaces (web.xml {@code primefaces.CSP}: a nonce for each page's
 * scripts); everything else (the API, exports, static files) gets {@link #OTHER_POLICY}.</li>
 * <li>Cross-site writes: a POST, PUT, PATCH or DELETE whose {@code Origin} is another site (or opaque, "null"), or
 * that the browser marks {@code Sec-Fetch-Site: cross-site}, is refused with 403 before it reaches a page or the API.
 * Faces postbacks are also bound to their session's random view state, and the API takes writes only with HTTP Basic
 * ({@code PartyTrackAuthentication}) and only as JSON.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpSafety extends HttpFilter {

    static final String OTHER_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = headers(request, response);
        if (!isSafe(request.getMethod()) && crossSite(request)) {
            refuse(request, response, path.startsWith("/api/"));
            return;
        }
        SqlStatements.reset();
        long started = System.nanoTime();
        chain.doFilter(request, response);
        SqlStatements.log(request.getMethod() + " " + path, System.nanoTime() - started);
    }

    /** The headers every answer carries: the application's, and the server's own /openapi and /health (HttpHardening). */
    static final Map<String, String> EVERY_RESPONSE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    /** GET, HEAD, OPTIONS, TRACE: methods that change nothing. */
    public static boolean isSafe(String method) {
        return SAFE_METHODS.contains(method);
    }

    /**
     * Sets the headers every response carries; also called by the authentication mechanism, whose refusals (401, the
     * redirect to the login page) are sent before any filter runs. Returns the path within the application.
     */
    public static String headers(HttpServletRequest request, HttpServletResponse response) {
        EVERY_RESPONSE.forEach(response::setHeader);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = path.endsWith(".xhtml") || path.equals("/");
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!page) {
            response.setHeader("Content-Security-Policy", OTHER_POLICY);
        }
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
        return path;
    }

    /** Whether the browser says this request comes from another site than the one it addresses. */
    static boolean crossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false; // not a browser, or an old one: the view state and Basic authentication still stand
        }
        String authority;
        try {
            authority = URI.create(origin.trim()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (authority == null) {
            return true; // "null": a sandboxed frame, a data: page, a redirect across sites
        }
        String forwarded = request.getHeader("X-Forwarded-Host");
        return !authority.equalsIgnoreCase(request.getHeader("Host"))
                && (forwarded == null || !authority.equalsIgnoreCase(forwarded.split(",")[0].trim()));
    }

    /**
     * A 403 with the reason, written here: the error page would be rendered by Faces as a postback of the refused
     * form itself.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        Locale locale = Messages.supported(request.getLocale());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        if (!api) {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                    + Messages.text(locale, "problem.forbidden") + " · PartyTrack</title></head><body><h1 id=\"errorCode\">403</h1><p>"
                    + Messages.text(locale, "problem.crossSite") + "</p><p><a href=\"" + request.getContextPath()
                    + "/index.xhtml\">PartyTrack</a></p></body></html>");
            return;
        }
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(Messages.text(locale, "problem.forbidden"))
                + ",\"status\":403,\"detail\":" + json(Messages.text(locale, "problem.crossSite")) + ",\"errors\":[]}");
    }

    private static String json(String text) {
        return Charts.JSON.createValue(text).toString();
    }
}
