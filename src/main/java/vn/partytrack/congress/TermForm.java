package vn.partytrack.congress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A congress term and its rules, as an administrator types them. */
public class TermForm implements Serializable {

    @NotBlank(message = "{field.required}")
    @Size(max = 20, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{organisation.code.pattern}")
    private String code;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String nameVi;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String nameEn;

    @Size(max = 200, message = "{field.tooLong}")
    private String governingDocument;

    @NotNull(message = "{field.required}")
    private LocalDate grassrootsDeadline;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{congress.threshold.range}")
    @Max(value = 100_000, message = "{congress.threshold.range}")
    private Integer delegateThreshold;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getGoverningDocument() { return governingDocument; }
    public void setGoverningDocument(String governingDocument) { this.governingDocument = governingDocument; }
    public LocalDate getGrassrootsDeadline() { return grassrootsDeadline; }
    public void setGrassrootsDeadline(LocalDate grassrootsDeadline) { this.grassrootsDeadline = grassrootsDeadline; }
    public Integer getDelegateThreshold() { return delegateThreshold; }
    public void setDelegateThreshold(Integer delegateThreshold) { this.delegateThreshold = delegateThreshold; }
}
