package vn.partytrack.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.Locale;

/** What every piece of reference data has: a stable code, a Vietnamese and an English name, and a place in lists. */
@MappedSuperclass
public abstract class ReferenceEntry {

    @Id
    private Long id;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public int getSortOrder() { return sortOrder; }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
