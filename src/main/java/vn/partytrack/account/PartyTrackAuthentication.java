package vn.partytrack.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.partytrack.platform.web.HttpSafety;
import vn.partytrack.platform.DatabaseUnavailable;
import vn.partytrack.platform.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Pages sign in with the login form and stay signed in through the session; API clients send HTTP Basic on each
 * request (no session is created for them). A page session may also read through the API (the export links), never
 * write.
 */
@ApplicationScoped
public class PartyTrackAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(PartyTrackAuthentication.class.getName());
    static final String SIGNED_IN = "partytrack.signedIn";
    private static final String API_PREFIX = "/api/";

    /** What the session remembers of a signed-in person. */
    record SignedIn(String username, Set<String> groups, String stamp) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInService accounts;

    @Inject
    Caller caller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        HttpSafety.headers(request, response);
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // every signed-in request checks its account first, so this is where a stopped PostgreSQL shows: answer
            // 503 with a message (the session stays; the pool reconnects once the database is back)
            LOG.warning("Request refused, the database is unavailable: " + e);
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        // the API takes writes with HTTP Basic only: a page session's cookie, which a browser attaches by itself,
        // is never enough to change something through it
        boolean apiWrite = isApi(request) && !HttpSafety.isSafe(request.getMethod());
        if (session != null && !apiWrite && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            SignInService.CallerAccount account = accounts.callerAccount(signedIn.username());
            if (account != null && signedIn.stamp() != null && signedIn.stamp().equals(account.stamp())) {
                caller.signedInAs(account);
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
            }
            // the password was reset or the account disabled since this session signed in
            session.invalidate();
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a fresh session id on every login: a session fixed before login is worthless after it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String username = result.getCallerPrincipal().getName();
        request.getSession(true).setAttribute(SIGNED_IN,
                new SignedIn(username, Set.copyOf(result.getCallerGroups()), accounts.sessionStamp(username)));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response);
        }
        return context.isProtected() ? unauthorized(response) : context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"PartyTrack\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Đăng nhập bằng HTTP Basic với tài khoản PartyTrack / Sign in with HTTP Basic\"}");
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 503: a problem description for the API, the "try again shortly" page (error/503.xhtml) for pages. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
        try {
            if (isApi(request)) {
                Locale locale = Messages.supported(request.getLocale());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                        .add("title", Messages.text(locale, "problem.unavailable")).add("status", 503)
                        .add("detail", Messages.text(locale, "problem.unavailable.detail")).build().toString());
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX);
    }
}
