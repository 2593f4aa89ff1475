package vn.partytrack.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Faces chores: messages from the bundle, next to the field or at the top, and error responses. */
public final class FacesFeedback {

    private FacesFeedback() {
    }

    /** The language the person chose (the view's own locale is only set when it renders). */
    public static Locale locale() {
        LocaleSelection selection = localeSelection;
        if (selection == null) {
            // a client proxy: it finds the current session's choice on each call. Looked up once, because
            // CDI.current() walks the caller's stack each time, which every number formatted on a page paid for (JFR)
            selection = CDI.current().select(LocaleSelection.class).get();
            localeSelection = selection;
        }
        return selection.getLocale();
    }

    private static volatile LocaleSelection localeSelection;

    public static String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    /** Each refused field's message goes next to the input with id {@code formId:field}. */
    public static void show(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError e : invalid.errors()) {
            String message = Messages.text(locale(), e.messageKey(), e.arguments());
            String clientId = formId + ":" + e.field();
            boolean exists = faces.getViewRoot().findComponent(clientId) != null;
            faces.addMessage(exists ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String message = text(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, message, message));
    }

    /** Keeps this request's messages for the page the browser is redirected to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Runs one step of a use case. On success shows {@code successKey}; when refused shows why: each refused field's
     * message goes into {@code fieldErrors} under {@code fieldPrefix + field} (for the page to show next to it), a
     * conflict, an illegal step or a denial becomes a message at the top. What the person typed stays in the bean.
     */
    public static boolean attempt(Runnable step, String successKey, Map<String, String> fieldErrors, String fieldPrefix) {
        fieldErrors.clear();
        try {
            step.run();
            info(successKey);
            return true;
        } catch (InvalidInput e) {
            for (FieldError f : e.errors()) {
                fieldErrors.putIfAbsent(fieldPrefix + f.field(), Messages.text(locale(), f.messageKey(), f.arguments()));
            }
            error("report.invalid", e.errors().size());
        } catch (ConcurrentEdit e) {
            error("report.conflict");
        } catch (IllegalTransition e) {
            error(e.messageKey());
        } catch (AccessDenied e) {
            error("problem.forbidden.detail");
        }
        return false;
    }

    /**
     * A reference code (bloc, sector) from a view parameter: letters, digits and _ only, anything else is no code. The
     * value may be written back into a page's navigation script, so nothing else gets through.
     */
    public static String code(String parameter) {
        return parameter == null || !parameter.matches("[A-Za-z0-9_]{1,40}") ? null : parameter;
    }

    /**
     * A record id from a parameter of the current request (in the address, or a hidden field of a stateless page's
     * form); see {@link #id}.
     */
    public static Long idParameter(String name) {
        return id(parameter(name));
    }

    /** A reference code from a parameter of the current request (see {@link #code}); {@code absent} when there is none. */
    public static String codeParameter(String name, String absent) {
        String value = parameter(name);
        return value == null ? absent : code(value);
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A record id from a view parameter; anything that is not a positive number is no id at all. */
    public static Long id(String parameter) {
        if (parameter == null || !parameter.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(parameter.strip());
        return id > 0 ? id : null;
    }

    /** Ends the request with an HTTP error, shown by the friendly error page. */
    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
