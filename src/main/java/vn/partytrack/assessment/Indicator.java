package vn.partytrack.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Locale;

/** One figure of the report, from the catalogue: its label, unit, kind, limits and where a draft takes it from. */
@Entity
@Table(name = "indicator")
public class Indicator {

    /** What kind of value the indicator takes. */
    public enum Kind { COUNT, PERCENT, DATE }

    /** Where a new draft takes its first value from. */
    public enum Prefill { REGISTRY_TOTAL, REGISTRY_FULL, REGISTRY_PROBATIONARY, PREVIOUS }

    @Id
    private String code;

    @Column(name = "section_code")
    private String sectionCode;

    @Column(name = "label_vi")
    private String labelVi;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "unit_vi")
    private String unitVi;

    @Column(name = "unit_en")
    private String unitEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind")
    private Kind kind;

    @Column(name = "min_value")
    private BigDecimal min;

    @Column(name = "max_value")
    private BigDecimal max;

    private boolean required;

    @Enumerated(EnumType.STRING)
    private Prefill prefill;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Indicator() {
    }

    Indicator(String code, String sectionCode, Kind kind, BigDecimal min, BigDecimal max, boolean required, Prefill prefill) {
        this.code = code;
        this.sectionCode = sectionCode;
        this.labelVi = code;
        this.labelEn = code;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.required = required;
        this.prefill = prefill;
        this.active = true;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }

    public String unit(Locale locale) {
        return "en".equals(locale.getLanguage()) ? unitEn : unitVi;
    }

    public String getCode() { return code; }
    public String getSectionCode() { return sectionCode; }
    public Kind getKind() { return kind; }
    public BigDecimal getMin() { return min; }
    public BigDecimal getMax() { return max; }
    public boolean isRequired() { return required; }
    public Prefill getPrefill() { return prefill; }
    public boolean isActive() { return active; }
    public int getSortOrder() { return sortOrder; }
}
