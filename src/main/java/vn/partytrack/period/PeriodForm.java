package vn.partytrack.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting period as an administrator types it. */
public class PeriodForm implements Serializable {

    @NotBlank(message = "{period.code.required}")
    @Size(max = 30, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{organisation.code.pattern}")
    private String code;

    @NotNull(message = "{field.required}")
    private PeriodKind kind;

    @NotNull(message = "{field.required}")
    @Min(value = 2000, message = "{period.year.range}")
    @Max(value = 2100, message = "{period.year.range}")
    private Integer year;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String nameVi;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String nameEn;

    @NotNull(message = "{field.required}")
    private LocalDate startDate;

    @NotNull(message = "{field.required}")
    private LocalDate endDate;

    @NotNull(message = "{field.required}")
    private LocalDate cutoffDate;

    @NotNull(message = "{field.required}")
    private LocalDate dueDate;

    private boolean open = true;

    private Long version;

    static PeriodForm of(PeriodRow p) {
        PeriodForm f = new PeriodForm();
        f.code = p.code();
        f.kind = p.kind();
        f.year = p.year();
        f.nameVi = p.nameVi();
        f.nameEn = p.nameEn();
        f.startDate = p.startDate();
        f.endDate = p.endDate();
        f.cutoffDate = p.cutoffDate();
        f.dueDate = p.dueDate();
        f.open = p.open();
        f.version = p.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PeriodKind getKind() { return kind; }
    public void setKind(PeriodKind kind) { this.kind = kind; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalDate getCutoffDate() { return cutoffDate; }
    public void setCutoffDate(LocalDate cutoffDate) { this.cutoffDate = cutoffDate; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
