package vn.partytrack.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.DatabaseUnavailable;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Writes;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure of an API call into a problem description in the caller's language (Accept-Language,
 * Vietnamese by default). No stack trace leaves the server.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    public static final MediaType PROBLEM = MediaType.valueOf("application/problem+json;charset=UTF-8");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable e = unwrap(failure);
        Locale locale = Messages.supported(headers == null || headers.getAcceptableLanguages().isEmpty()
                ? null : headers.getAcceptableLanguages().get(0));
        if (e instanceof InvalidInput invalid) {
            List<Problem.FieldProblem> fields = invalid.errors().stream()
                    .map(f -> new Problem.FieldProblem(f.field(), Messages.text(locale, f.messageKey(), f.arguments())))
                    .toList();
            return problem(400, locale, "problem.invalid", fields);
        }
        if (e instanceof AccessDenied) {
            return problem(403, locale, "problem.forbidden", List.of());
        }
        if (e instanceof NotFound || e instanceof NotFoundException) {
            return problem(404, locale, "problem.notFound", List.of());
        }
        if (e instanceof ConcurrentEdit) {
            return problem(409, locale, "problem.conflict", List.of());
        }
        if (e instanceof IllegalTransition transition) {
            return Response.status(409).type(PROBLEM).entity(new Problem("about:blank", Messages.text(locale, "problem.workflow"),
                    409, Messages.text(locale, transition.messageKey()), List.of())).build();
        }
        if (Writes.isUniqueViolation(failure)) {
            // the same record created by two requests at once, found only at commit
            return problem(409, locale, "problem.conflict", List.of());
        }
        if (isUnreadableBody(failure)) {
            String property = unreadableProperty(failure);
            String key = property == null && isSyntaxError(failure) ? "api.body.malformed" : "field.wrongType";
            return problem(400, locale, "problem.unreadable",
                    List.of(new Problem.FieldProblem(property == null ? "body" : property, Messages.text(locale, key))));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return problem(status, locale, status == 405 ? "problem.method" : status == 415 ? "problem.mediaType" : "problem.badRequest", List.of());
        }
        if (DatabaseUnavailable.isCause(failure)) {
            // PostgreSQL is down or restarting: the pool reconnects by itself, the client should try again shortly
            LOG.warning("API call refused, the database is unavailable: " + e);
            return Response.fromResponse(problem(503, locale, "problem.unavailable", List.of()))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER).build();
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return problem(500, locale, "problem.server", List.of());
    }

    /** Malformed JSON, a number where text belongs and the like: the client's mistake, not ours. */
    private static boolean isUnreadableBody(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof JsonbException || e instanceof JsonException
                    || e instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** JSON-B names the property it could not read ("Unable to deserialize property 'x' because of …"). */
    private static String unreadableProperty(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            Matcher m = e.getMessage() == null ? null : PROPERTY.matcher(e.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean isSyntaxError(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    /** The use case's own refusal, wherever a framework wrapped it (a parameter converter's, for one). */
    private static Throwable unwrap(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof InvalidInput) {
                return e;
            }
        }
        Throwable e = t;
        while (e.getCause() != null && !(e instanceof InvalidInput || e instanceof AccessDenied
                || e instanceof NotFound || e instanceof ConcurrentEdit
                || e instanceof IllegalTransition) && e.getCause() != e) {
            if (e instanceof WebApplicationException) {
                break;
            }
            e = e.getCause();
        }
        return e;
    }

    private static Response problem(int status, Locale locale, String key, List<Problem.FieldProblem> fields) {
        Problem body = new Problem("about:blank", Messages.text(locale, key), status,
                Messages.text(locale, key + ".detail"), fields);
        return Response.status(status).type(PROBLEM).entity(body).build();
    }
}
