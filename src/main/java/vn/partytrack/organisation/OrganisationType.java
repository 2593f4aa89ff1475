package vn.partytrack.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** Reference data, kept as rows because Party regulations change it. */
@Entity
@Cacheable
@Table(name = "organisation_type")
public class OrganisationType {

    @Id
    private Long id;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    /** A grassroots organisation (đảng bộ cơ sở, chi bộ cơ sở): the unit that reports to the district. */
    private boolean grassroots;

    protected OrganisationType() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public int getSortOrder() { return sortOrder; }
    public boolean isGrassroots() { return grassroots; }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
