package vn.partytrack.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A reporting period as lists, forms and the API show it. */
public record PeriodRow(Long id, String code, PeriodKind kind, int year, String nameVi, String nameEn,
                        LocalDate startDate, LocalDate endDate, LocalDate cutoffDate, LocalDate dueDate,
                        boolean open, long version) implements Serializable {

    static PeriodRow of(ReportingPeriod p) {
        return new PeriodRow(p.getId(), p.getCode(), p.getKind(), p.getYear(), p.getNameVi(), p.getNameEn(),
                p.getStartDate(), p.getEndDate(), p.getCutoffDate(), p.getDueDate(), p.isOpen(), p.getVersion());
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
