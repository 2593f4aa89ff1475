package vn.partytrack.directive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A catalogue entry as district staff type it. */
public class DirectiveForm implements Serializable {

    @NotBlank(message = "{directive.number.required}")
    @Size(max = 60, message = "{field.tooLong}")
    private String number;

    @NotNull(message = "{field.required}")
    private DirectiveKind kind;

    @NotNull(message = "{field.required}")
    private Issuer issuer;

    private LocalDate issuedOn;

    @NotBlank(message = "{directive.title.required}")
    @Size(max = 500, message = "{field.tooLong}")
    private String title;

    /** Whether the number is the document's official number; empty: decided from its shape ("05-CT/TW" is). */
    private Boolean numbered;

    @Size(max = 200, message = "{field.tooLong}")
    private String issuingBody;

    private String ownerBoardCode;
    private LocalDate disseminationDeadline;
    private boolean planRequired;
    private LocalDate planDeadline;
    private LocalDate interimReviewDeadline;
    private LocalDate finalReviewDeadline;
    private Long version;

    static DirectiveForm of(Directive d) {
        DirectiveForm f = new DirectiveForm();
        f.number = d.getNumber();
        f.kind = d.getKind();
        f.issuer = d.getIssuer();
        f.issuedOn = d.getIssuedOn();
        f.title = d.getTitle();
        f.numbered = d.isNumbered();
        f.issuingBody = d.getIssuingBody();
        f.ownerBoardCode = d.getOwnerBoard() == null ? null : d.getOwnerBoard().getCode();
        f.disseminationDeadline = d.getDisseminationDeadline();
        f.planRequired = d.isPlanRequired();
        f.planDeadline = d.getPlanDeadline();
        f.interimReviewDeadline = d.getInterimReviewDeadline();
        f.finalReviewDeadline = d.getFinalReviewDeadline();
        f.version = d.getVersion();
        return f;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public DirectiveKind getKind() { return kind; }
    public void setKind(DirectiveKind kind) { this.kind = kind; }
    public Issuer getIssuer() { return issuer; }
    public void setIssuer(Issuer issuer) { this.issuer = issuer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Boolean getNumbered() { return numbered; }
    public void setNumbered(Boolean numbered) { this.numbered = numbered; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public String getOwnerBoardCode() { return ownerBoardCode; }
    public void setOwnerBoardCode(String ownerBoardCode) { this.ownerBoardCode = ownerBoardCode; }
    public LocalDate getDisseminationDeadline() { return disseminationDeadline; }
    public void setDisseminationDeadline(LocalDate disseminationDeadline) { this.disseminationDeadline = disseminationDeadline; }
    public boolean isPlanRequired() { return planRequired; }
    public void setPlanRequired(boolean planRequired) { this.planRequired = planRequired; }
    public LocalDate getPlanDeadline() { return planDeadline; }
    public void setPlanDeadline(LocalDate planDeadline) { this.planDeadline = planDeadline; }
    public LocalDate getInterimReviewDeadline() { return interimReviewDeadline; }
    public void setInterimReviewDeadline(LocalDate interimReviewDeadline) { this.interimReviewDeadline = interimReviewDeadline; }
    public LocalDate getFinalReviewDeadline() { return finalReviewDeadline; }
    public void setFinalReviewDeadline(LocalDate finalReviewDeadline) { this.finalReviewDeadline = finalReviewDeadline; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
