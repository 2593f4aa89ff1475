package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;

/** A new candidate as the unit's secretary or the board's staff enter it: who, and when they attended the awareness course. */
public class CandidateForm implements Serializable {

    private Long organisationId;
    private String fullName;
    private LocalDate birthDate;
    private LocalDate awarenessDate;
    private String awarenessCertificate;

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public LocalDate getAwarenessDate() { return awarenessDate; }
    public void setAwarenessDate(LocalDate awarenessDate) { this.awarenessDate = awarenessDate; }
    public String getAwarenessCertificate() { return awarenessCertificate; }
    public void setAwarenessCertificate(String awarenessCertificate) { this.awarenessCertificate = awarenessCertificate; }
}
