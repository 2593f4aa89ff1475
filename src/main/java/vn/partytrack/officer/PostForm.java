package vn.partytrack.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A post as the secretary or the organisation board types it: who, which post, from when, how they came and the
 * approving decision; a post already over (typed for the history) also has its end. Kinds and ways are codes
 * ({@link PostKind}, {@link CameBy}, {@link LeftBy}) so that an unknown one is refused next to its field.
 */
public class PostForm implements Serializable {

    private Long termId;

    @NotBlank(message = "{field.required}")
    private String kind;

    @NotBlank(message = "{field.required}")
    @Size(max = 150, message = "{field.tooLong}")
    private String personName;

    @NotNull(message = "{field.required}")
    private LocalDate heldFrom;

    private LocalDate heldTo;

    @NotBlank(message = "{field.required}")
    private String cameBy;

    @Size(max = 60, message = "{field.tooLong}")
    private String decisionNo;

    private LocalDate decisionOn;

    @Size(max = 200, message = "{field.tooLong}")
    private String decisionIssuer;

    private String leftBy;

    @Size(max = 60, message = "{field.tooLong}")
    private String endDecisionNo;

    private LocalDate endDecisionOn;

    @Size(max = 200, message = "{field.tooLong}")
    private String endDecisionIssuer;

    public Long getTermId() { return termId; }
    public void setTermId(Long termId) { this.termId = termId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public LocalDate getHeldFrom() { return heldFrom; }
    public void setHeldFrom(LocalDate heldFrom) { this.heldFrom = heldFrom; }
    public LocalDate getHeldTo() { return heldTo; }
    public void setHeldTo(LocalDate heldTo) { this.heldTo = heldTo; }
    public String getCameBy() { return cameBy; }
    public void setCameBy(String cameBy) { this.cameBy = cameBy; }
    public String getDecisionNo() { return decisionNo; }
    public void setDecisionNo(String decisionNo) { this.decisionNo = decisionNo; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public void setDecisionOn(LocalDate decisionOn) { this.decisionOn = decisionOn; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = decisionIssuer; }
    public String getLeftBy() { return leftBy; }
    public void setLeftBy(String leftBy) { this.leftBy = leftBy; }
    public String getEndDecisionNo() { return endDecisionNo; }
    public void setEndDecisionNo(String endDecisionNo) { this.endDecisionNo = endDecisionNo; }
    public LocalDate getEndDecisionOn() { return endDecisionOn; }
    public void setEndDecisionOn(LocalDate endDecisionOn) { this.endDecisionOn = endDecisionOn; }
    public String getEndDecisionIssuer() { return endDecisionIssuer; }
    public void setEndDecisionIssuer(String endDecisionIssuer) { this.endDecisionIssuer = endDecisionIssuer; }
}
