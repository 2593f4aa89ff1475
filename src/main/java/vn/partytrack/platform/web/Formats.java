package vn.partytrack.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.partytrack.platform.VietnameseFormat;

import java.time.Instant;
import java.time.LocalDate;

/** {@code #{fmt.number(n)}}, {@code #{fmt.date(d)}} on pages, in the page's language. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String number(Number n) {
        return VietnameseFormat.number(n, FacesFeedback.locale());
    }

    public String decimal(Number n) {
        return VietnameseFormat.decimal(n, FacesFeedback.locale());
    }

    public String percent(double share) {
        return VietnameseFormat.percent(share, FacesFeedback.locale());
    }

    public String date(LocalDate d) {
        return VietnameseFormat.date(d);
    }

    public String dateTime(Instant t) {
        return VietnameseFormat.dateTime(t);
    }
}
