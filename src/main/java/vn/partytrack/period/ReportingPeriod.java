package vn.partytrack.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Locale;

/** A reporting period: which dates the reports cover, when their data is cut off and when they are due. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    private int year;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "cutoff_date")
    private LocalDate cutoffDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private boolean open = true;

    private boolean sample;

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(String code) {
        this.code = code;
    }

    void define(String code, PeriodKind kind, int year, String nameVi, String nameEn, LocalDate startDate,
                LocalDate endDate, LocalDate cutoffDate, LocalDate dueDate, boolean open) {
        this.code = code;
        this.kind = kind;
        this.year = year;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.startDate = startDate;
        this.endDate = endDate;
        this.cutoffDate = cutoffDate;
        this.dueDate = dueDate;
        this.open = open;
    }

    /** Whether a date reported for this period lies inside it. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /**
     * The day the period's figures stand at: its cut-off. Every figure of the period counts the units, their superior
     * committees and members as they stood that day ({@code units_at(cutoff_date)}).
     */
    public LocalDate standDate() {
        return cutoffDate;
    }

    /** The last day whose events count for the period: its end, or today while it has not ended. */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(endDate) ? today : endDate;
    }

    /** Whether the period's cut-off has not passed yet, so that its figures follow today's registry. */
    public boolean present(LocalDate today) {
        return !cutoffDate.isBefore(today);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public PeriodKind getKind() { return kind; }
    public int getYear() { return year; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public LocalDate getCutoffDate() { return cutoffDate; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isOpen() { return open; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
}
