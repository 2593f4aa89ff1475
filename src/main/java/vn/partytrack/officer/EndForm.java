package vn.partytrack.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The end of a post: the last day held, how the holder left, the decision; {@code version} is the one loaded. */
public class EndForm implements Serializable {

    @NotNull(message = "{field.required}")
    private LocalDate heldTo;

    @NotBlank(message = "{field.required}")
    private String leftBy;

    @Size(max = 60, message = "{field.tooLong}")
    private String decisionNo;

    private LocalDate decisionOn;

    @Size(max = 200, message = "{field.tooLong}")
    private String decisionIssuer;

    private Long version;

    public LocalDate getHeldTo() { return heldTo; }
    public void setHeldTo(LocalDate heldTo) { this.heldTo = heldTo; }
    public String getLeftBy() { return leftBy; }
    public void setLeftBy(String leftBy) { this.leftBy = leftBy; }
    public String getDecisionNo() { return decisionNo; }
    public void setDecisionNo(String decisionNo) { this.decisionNo = decisionNo; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public void setDecisionOn(LocalDate decisionOn) { this.decisionOn = decisionOn; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = decisionIssuer; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
