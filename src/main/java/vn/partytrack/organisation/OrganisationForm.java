package vn.partytrack.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * An organisation as typed into the form or sent to the API. Reference data travels as stable codes
 * (type, bloc, sector); {@code version} is the version the editor loaded, so concurrent edits are caught.
 */
public class OrganisationForm implements Serializable {

    @NotBlank(message = "{organisation.code.required}")
    @Size(max = 30, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{organisation.code.pattern}")
    private String code;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String name;

    @NotBlank(message = "{organisation.type.required}")
    private String typeCode;

    private Long parentId;

    private String blocCode;

    private String sectorCode;

    @Size(max = 300, message = "{field.tooLong}")
    private String hostUnit;

    @NotNull(message = "{field.required}")
    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 1_000_000, message = "{field.tooLarge}")
    private Integer membersTotal;

    @NotNull(message = "{field.required}")
    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 1_000_000, message = "{field.tooLarge}")
    private Integer membersFull;

    @NotNull(message = "{field.required}")
    @PositiveOrZero(message = "{field.notNegative}")
    @Max(value = 1_000_000, message = "{field.tooLarge}")
    private Integer membersProbationary;

    @Size(max = 150, message = "{field.tooLong}")
    private String secretaryName;

    @Size(max = 150, message = "{field.tooLong}")
    private String deputySecretaryName;

    @Size(max = 20, message = "{field.tooLong}")
    private String termLabel;

    private Long version;

    public OrganisationForm() {
    }

    static OrganisationForm of(OrganisationDetails d) {
        OrganisationForm f = new OrganisationForm();
        f.code = d.code();
        f.name = d.name();
        f.typeCode = d.typeCode();
        f.parentId = d.parentId();
        f.blocCode = d.blocCode();
        f.sectorCode = d.sectorCode();
        f.hostUnit = d.hostUnit();
        f.membersTotal = d.membersTotal();
        f.membersFull = d.membersFull();
        f.membersProbationary = d.membersProbationary();
        f.secretaryName = d.secretaryName();
        f.deputySecretaryName = d.deputySecretaryName();
        f.termLabel = d.termLabel();
        f.version = d.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getBlocCode() { return blocCode; }
    public void setBlocCode(String blocCode) { this.blocCode = blocCode; }
    public String getSectorCode() { return sectorCode; }
    public void setSectorCode(String sectorCode) { this.sectorCode = sectorCode; }
    public String getHostUnit() { return hostUnit; }
    public void setHostUnit(String hostUnit) { this.hostUnit = hostUnit; }
    public Integer getMembersTotal() { return membersTotal; }
    public void setMembersTotal(Integer membersTotal) { this.membersTotal = membersTotal; }
    public Integer getMembersFull() { return membersFull; }
    public void setMembersFull(Integer membersFull) { this.membersFull = membersFull; }
    public Integer getMembersProbationary() { return membersProbationary; }
    public void setMembersProbationary(Integer membersProbationary) { this.membersProbationary = membersProbationary; }
    public String getSecretaryName() { return secretaryName; }
    public void setSecretaryName(String secretaryName) { this.secretaryName = secretaryName; }
    public String getDeputySecretaryName() { return deputySecretaryName; }
    public void setDeputySecretaryName(String deputySecretaryName) { this.deputySecretaryName = deputySecretaryName; }
    public String getTermLabel() { return termLabel; }
    public void setTermLabel(String termLabel) { this.termLabel = termLabel; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
