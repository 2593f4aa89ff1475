package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One stage reached: which, on what date, the number of its document (required for the admission decision, the
 * recognition and the removal), the reason of a removal, and the version of the candidate the step was decided on.
 */
public class StageStep implements Serializable {

    private String stage;
    private LocalDate date;
    private String decisionNumber;
    private String reason;
    private Long version;

    public StageStep() {
    }

    public StageStep(String stage, LocalDate date, String decisionNumber, String reason, Long version) {
        this.stage = stage;
        this.date = date;
        this.decisionNumber = decisionNumber;
        this.reason = reason;
        this.version = version;
    }

    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
