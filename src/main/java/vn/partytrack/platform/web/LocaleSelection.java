package vn.partytrack.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.partytrack.platform.Messages;

import java.io.Serializable;
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

    public void switchTo(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
