package vn.partytrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One indicator's value in a report: a number or a date, as the catalogue says. */
@Embeddable
public class ReportValue {

    @Column(name = "number_value")
    private BigDecimal number;

    @Column(name = "date_value")
    private LocalDate date;

    protected ReportValue() {
    }

    private ReportValue(BigDecimal number, LocalDate date) {
        this.number = number;
        this.date = date;
    }

    public static ReportValue of(BigDecimal number) {
        return new ReportValue(number, null);
    }

    public static ReportValue of(LocalDate date) {
        return new ReportValue(null, date);
    }

    public BigDecimal number() { return number; }
    public LocalDate date() { return date; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportValue v && Objects.equals(number, v.number) && Objects.equals(date, v.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, date);
    }
}
