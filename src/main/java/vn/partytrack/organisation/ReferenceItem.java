package vn.partytrack.organisation;

import java.io.Serializable;
import java.util.Locale;

/** A code with its names, for drop-downs and labels. */
public record ReferenceItem(String code, String nameVi, String nameEn) implements Serializable {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
