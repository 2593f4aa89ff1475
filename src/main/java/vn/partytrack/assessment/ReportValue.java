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

    /** Where the figure came from when the unit did not type it: {@link #ADMISSION_RECORDS}; null when typed. */
    @Column(name = "source")
    private String source;

    /** The figure was counted from the unit's admission pipeline. */
    public static final String ADMISSION_RECORDS = "ADMISSION_RECORDS";

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

    /** A figure counted from the unit's admission records, not typed. */
    public static ReportValue fromAdmissionRecords(BigDecimal number) {
        ReportValue v = new ReportValue(number, null);
        v.source = ADMISSION_RECORDS;
        return v;
    }

    public String source() { return source; }

    public BigDecimal number() { return number; }
    public LocalDate date() { return date; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportValue v && Objects.equals(number, v.number) && Objects.equals(date, v.date)
                && Objects.equals(source, v.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, date, source);
    }
}
