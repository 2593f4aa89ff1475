package vn.partytrack.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Locale;

/** A congress term and the rules set for it (deadline for grassroots congresses, delegate-congress threshold). */
@Entity
@Table(name = "congress_term")
public class CongressTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "governing_document")
    private String governingDocument;

    @Column(name = "grassroots_deadline")
    private LocalDate grassrootsDeadline;

    @Column(name = "delegate_threshold")
    private int delegateThreshold;

    private boolean sample;

    @Version
    private long version;

    protected CongressTerm() {
    }

    CongressTerm(String code, String nameVi, String nameEn, String governingDocument, LocalDate grassrootsDeadline, int delegateThreshold) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.governingDocument = governingDocument;
        this.grassrootsDeadline = grassrootsDeadline;
        this.delegateThreshold = delegateThreshold;
    }

    /** The form the rule gives an organisation of this size. */
    public CongressFormat formFor(int members) {
        return members >= delegateThreshold ? CongressFormat.DELEGATES : CongressFormat.ALL_MEMBERS;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getGoverningDocument() { return governingDocument; }
    public LocalDate getGrassrootsDeadline() { return grassrootsDeadline; }
    public int getDelegateThreshold() { return delegateThreshold; }
}
