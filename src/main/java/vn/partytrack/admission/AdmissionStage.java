package vn.partytrack.admission;

import java.util.Optional;

/**
 * The stages of the admission pipeline in their order (DOMAIN.md section 6; the order of issue 21: the cell's
 * proposal, then the verification, then the superior committee's decision). The source list and the dossier are kept
 * on paper and not recorded here: a candidate enters the pipeline having attended the Party-awareness course. A
 * probationary member (after the ceremony) becomes a full member or is removed from the probationary list.
 */
public enum AdmissionStage {
    /** Outstanding non-member (quần chúng ưu tú) who attended the Party-awareness course. */
    HOC_NHAN_THUC(false),
    /** The cell's resolution and the grassroots committee's proposal (6-KNĐ, 8-KNĐ). */
    CHI_BO_DE_NGHI(false),
    /** Background verification done. */
    THAM_TRA(false),
    /** The superior committee's admission decision (9-KNĐ): its number is required. */
    QUYET_DINH_KET_NAP(true),
    /** The admission ceremony held: a probationary member for the probation period. */
    DA_KET_NAP(false),
    /** Recognised as a full member: the decision's number is required. */
    CHINH_THUC(true),
    /** Removed from the probationary list: the decision's number is required. */
    XOA_TEN_DU_BI(true);

    private final boolean numbered;

    AdmissionStage(boolean numbered) {
        this.numbered = numbered;
    }

    /** The stage needs the number of its decision. */
    public boolean numbered() {
        return numbered;
    }

    /** Full member or removed: nothing follows. */
    public boolean closed() {
        return this == CHINH_THUC || this == XOA_TEN_DU_BI;
    }

    /** The stage that follows in the ordinary course; none after the ceremony's alternatives or a closed stage. */
    public Optional<AdmissionStage> next() {
        return switch (this) {
            case HOC_NHAN_THUC -> Optional.of(CHI_BO_DE_NGHI);
            case CHI_BO_DE_NGHI -> Optional.of(THAM_TRA);
            case THAM_TRA -> Optional.of(QUYET_DINH_KET_NAP);
            case QUYET_DINH_KET_NAP -> Optional.of(DA_KET_NAP);
            case DA_KET_NAP -> Optional.of(CHINH_THUC);
            case CHINH_THUC, XOA_TEN_DU_BI -> Optional.empty();
        };
    }

    /** Whether {@code to} may be recorded right after this stage: the next one, or removal during probation. */
    public boolean mayAdvanceTo(AdmissionStage to) {
        return next().map(n -> n == to).orElse(false) || (this == DA_KET_NAP && to == XOA_TEN_DU_BI);
    }

    /** Parses a stage code; empty when it is none. */
    public static Optional<AdmissionStage> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (AdmissionStage s : values()) {
            if (s.name().equals(code.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
