package vn.partytrack.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** A stage of a grassroots congress, in order; the district confirms some of them. */
@Entity
@Table(name = "congress_stage")
public class CongressStage {

    public static final String HELD = "DA_TO_CHUC";
    public static final String ARCHIVED = "HOAN_THANH_HO_SO";

    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "district_confirms")
    private boolean districtConfirms;

    @Column(name = "sort_order")
    private int sortOrder;

    protected CongressStage() {
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public boolean isDistrictConfirms() { return districtConfirms; }
    public int getSortOrder() { return sortOrder; }
}
