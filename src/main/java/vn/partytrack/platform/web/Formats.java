package vn.partytrack.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.partytrack.platform.VietnameseFormat;

import java.time.Instant;
import java.time.LocalDate;

/** {@code #{fmt.number(n)}}, {@code #{fmt.date(d)}} on pages, in the page's language. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String number(Number n) {
        return VietnameseFormat.number(n, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String percent(double share) {
        return VietnameseFormat.percent(share, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String date(LocalDate d) {
        return VietnameseFormat.date(d);
    }

    public String dateTime(Instant t) {
        return VietnameseFormat.dateTime(t);
    }
}
