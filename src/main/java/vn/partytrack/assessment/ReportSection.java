package vn.partytrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** A section of the report (situation, political work, …), as data. */
@Entity
@Table(name = "report_section")
public class ReportSection {

    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "hint_vi")
    private String hintVi;

    @Column(name = "hint_en")
    private String hintEn;

    private boolean narrative;

    private boolean required;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ReportSection() {
    }

    ReportSection(String code, String nameVi, boolean narrative, boolean required) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = code;
        this.narrative = narrative;
        this.required = required;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String hint(Locale locale) {
        return "en".equals(locale.getLanguage()) ? hintEn : hintVi;
    }

    public String getCode() { return code; }
    public boolean isNarrative() { return narrative; }
    public boolean isRequired() { return required; }
    public int getSortOrder() { return sortOrder; }
}
