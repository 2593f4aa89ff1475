package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;

/** Where a candidate stands: the stage reached and the date of each stage passed (null: not reached). */
public record Progress(AdmissionStage stage, LocalDate birthDate, LocalDate awarenessDate, LocalDate proposalDate,
                      LocalDate verificationDate, LocalDate decisionDate, LocalDate ceremonyDate, LocalDate recognitionDate,
                      LocalDate removalDate) implements Serializable {

    /** The date of a stage, null when not reached. */
    public LocalDate dateOf(AdmissionStage s) {
        return switch (s) {
            case HOC_NHAN_THUC -> awarenessDate;
            case CHI_BO_DE_NGHI -> proposalDate;
            case THAM_TRA -> verificationDate;
            case QUYET_DINH_KET_NAP -> decisionDate;
            case DA_KET_NAP -> ceremonyDate;
            case CHINH_THUC -> recognitionDate;
            case XOA_TEN_DU_BI -> removalDate;
        };
    }

    /** The latest date recorded (the stage reached's, as stages come in order). */
    public LocalDate latestDate() {
        LocalDate latest = awarenessDate;
        for (LocalDate d : new LocalDate[] {proposalDate, verificationDate, decisionDate, ceremonyDate, recognitionDate, removalDate}) {
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }
}
