package vn.partytrack.officer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The committee elected for a term as typed (or taken from the congress results): sizes, dates, decision. */
public class CommitteeForm implements Serializable {

    @NotNull(message = "{field.required}")
    private Long termId;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 500, message = "{officer.size.range}")
    private Integer approvedSize;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 500, message = "{officer.size.range}")
    private Integer electedSize;

    @NotNull(message = "{field.required}")
    private LocalDate startsOn;

    private LocalDate endsOn;

    @Size(max = 60, message = "{field.tooLong}")
    private String decisionNo;

    private LocalDate decisionOn;

    @Size(max = 200, message = "{field.tooLong}")
    private String decisionIssuer;

    private Long version;

    public Long getTermId() { return termId; }
    public void setTermId(Long termId) { this.termId = termId; }
    public Integer getApprovedSize() { return approvedSize; }
    public void setApprovedSize(Integer approvedSize) { this.approvedSize = approvedSize; }
    public Integer getElectedSize() { return electedSize; }
    public void setElectedSize(Integer electedSize) { this.electedSize = electedSize; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getDecisionNo() { return decisionNo; }
    public void setDecisionNo(String decisionNo) { this.decisionNo = decisionNo; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public void setDecisionOn(LocalDate decisionOn) { this.decisionOn = decisionOn; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public void setDecisionIssuer(String decisionIssuer) { this.decisionIssuer = decisionIssuer; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
