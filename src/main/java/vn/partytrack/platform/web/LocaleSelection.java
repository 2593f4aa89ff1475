package vn.partytrack.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.partytrack.platform.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Locale;

/** The page language: Vietnamese unless the person switched to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private Locale locale = Messages.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /**
     * Switches the language. A stateless page (the dashboard, the tracker) keeps its filters only in its address, so
     * it is loaded again from the address it was opened at, which the browser sends as the Referer of the postback.
     */
    public void switchTo(String language) throws IOException {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (faces.getViewRoot().isTransient()) {
            var external = faces.getExternalContext();
            URI from = referer(external.getRequestHeaderMap().get("Referer"));
            String viewPath = external.getRequestContextPath() + faces.getViewRoot().getViewId();
            if (from != null && viewPath.equals(from.getRawPath()) && external.getRequestServerName().equalsIgnoreCase(from.getHost())) {
                external.redirect(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
                faces.responseComplete();
            }
        }
    }

    private static URI referer(String header) {
        try {
            return header == null ? null : URI.create(header);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
