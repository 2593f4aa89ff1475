package vn.partytrack.congress;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A congress's details as the unit's secretary types them; {@code version} is the version the editor loaded. */
public class CongressForm implements Serializable {

    @Min(value = 1, message = "{congress.sequence.range}")
    @Max(value = 100, message = "{congress.sequence.range}")
    private Integer sequenceNumber;

    @NotNull(message = "{field.required}")
    private CongressFormat format;

    private LocalDate heldFrom;
    private LocalDate heldTo;

    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 1_000_000, message = "{field.tooLarge}")
    private Integer summoned;

    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 1_000_000, message = "{field.tooLarge}")
    private Integer attending;

    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 100, message = "{field.tooLarge}")
    private Integer committeeApproved;

    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 100, message = "{field.tooLarge}")
    private Integer committeeElected;

    @Size(max = 150, message = "{field.tooLong}")
    private String secretaryName;

    @DecimalMin(value = "0", message = "{congress.percent.range}")
    @DecimalMax(value = "100", message = "{congress.percent.range}")
    private BigDecimal secretaryVotePct;

    private boolean secretaryDirect;

    @Size(max = 300, message = "{field.tooLong}")
    private String deputyNames;

    @DecimalMin(value = "0", message = "{congress.percent.range}")
    @DecimalMax(value = "100", message = "{congress.percent.range}")
    private BigDecimal deputyVotePct;

    @Size(max = 60, message = "{field.tooLong}")
    private String approvalDecisionNo;

    private LocalDate approvalDecisionOn;

    private Long version;

    static CongressForm of(Congress c) {
        CongressForm f = new CongressForm();
        f.sequenceNumber = c.getSequenceNumber();
        f.format = c.getForm();
        f.heldFrom = c.getHeldFrom();
        f.heldTo = c.getHeldTo();
        f.summoned = c.getSummoned();
        f.attending = c.getAttending();
        f.committeeApproved = c.getCommitteeApproved();
        f.committeeElected = c.getCommitteeElected();
        f.secretaryName = c.getSecretaryName();
        f.secretaryVotePct = c.getSecretaryVotePct();
        f.secretaryDirect = c.isSecretaryDirect();
        f.deputyNames = c.getDeputyNames();
        f.deputyVotePct = c.getDeputyVotePct();
        f.approvalDecisionNo = c.getApprovalDecisionNo();
        f.approvalDecisionOn = c.getApprovalDecisionOn();
        f.version = c.getVersion();
        return f;
    }

    public Integer getSequenceNumber() { return sequenceNumber; }
    public void setSequenceNumber(Integer sequenceNumber) { this.sequenceNumber = sequenceNumber; }
    public CongressFormat getFormat() { return format; }
    public void setFormat(CongressFormat format) { this.format = format; }
    public LocalDate getHeldFrom() { return heldFrom; }
    public void setHeldFrom(LocalDate heldFrom) { this.heldFrom = heldFrom; }
    public LocalDate getHeldTo() { return heldTo; }
    public void setHeldTo(LocalDate heldTo) { this.heldTo = heldTo; }
    public Integer getSummoned() { return summoned; }
    public void setSummoned(Integer summoned) { this.summoned = summoned; }
    public Integer getAttending() { return attending; }
    public void setAttending(Integer attending) { this.attending = attending; }
    public Integer getCommitteeApproved() { return committeeApproved; }
    public void setCommitteeApproved(Integer committeeApproved) { this.committeeApproved = committeeApproved; }
    public Integer getCommitteeElected() { return committeeElected; }
    public void setCommitteeElected(Integer committeeElected) { this.committeeElected = committeeElected; }
    public String getSecretaryName() { return secretaryName; }
    public void setSecretaryName(String secretaryName) { this.secretaryName = secretaryName; }
    public BigDecimal getSecretaryVotePct() { return secretaryVotePct; }
    public void setSecretaryVotePct(BigDecimal secretaryVotePct) { this.secretaryVotePct = secretaryVotePct; }
    public boolean isSecretaryDirect() { return secretaryDirect; }
    public void setSecretaryDirect(boolean secretaryDirect) { this.secretaryDirect = secretaryDirect; }
    public String getDeputyNames() { return deputyNames; }
    public void setDeputyNames(String deputyNames) { this.deputyNames = deputyNames; }
    public BigDecimal getDeputyVotePct() { return deputyVotePct; }
    public void setDeputyVotePct(BigDecimal deputyVotePct) { this.deputyVotePct = deputyVotePct; }
    public String getApprovalDecisionNo() { return approvalDecisionNo; }
    public void setApprovalDecisionNo(String approvalDecisionNo) { this.approvalDecisionNo = approvalDecisionNo; }
    public LocalDate getApprovalDecisionOn() { return approvalDecisionOn; }
    public void setApprovalDecisionOn(LocalDate approvalDecisionOn) { this.approvalDecisionOn = approvalDecisionOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
