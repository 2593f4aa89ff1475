package vn.partytrack.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.IllegalTransition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One candidate of a unit in the admission pipeline: personal data (a name, perhaps a birth date) and the date and
 * document number of each stage reached. Stages are reached one after another ({@link #advance}); the deadline of
 * what the current stage waits for is kept in {@code followUpDue} for the committee's overdue list.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "rule_id") private Long ruleId;
    @Column(name = "full_name") private String fullName;
    @Column(name = "birth_date") private LocalDate birthDate;
    @Enumerated(EnumType.STRING) private AdmissionStage stage;
    @Column(name = "awareness_date") private LocalDate awarenessDate;
    @Column(name = "awareness_certificate") private String awarenessCertificate;
    @Column(name = "proposal_date") private LocalDate proposalDate;
    @Column(name = "proposal_number") private String proposalNumber;
    @Column(name = "verification_date") private LocalDate verificationDate;
    @Column(name = "verification_number") private String verificationNumber;
    @Column(name = "decision_date") private LocalDate decisionDate;
    @Column(name = "decision_number") private String decisionNumber;
    @Column(name = "ceremony_date") private LocalDate ceremonyDate;
    @Column(name = "recognition_date") private LocalDate recognitionDate;
    @Column(name = "recognition_number") private String recognitionNumber;
    @Column(name = "removal_date") private LocalDate removalDate;
    @Column(name = "removal_number") private String removalNumber;
    @Column(name = "removal_reason") private String removalReason;
    @Column(name = "follow_up_due") private LocalDate followUpDue;
    private boolean sample;
    @Column(name = "created_by") private String createdBy;
    @Column(name = "created_at") private Instant createdAt;
    @Column(name = "updated_at") private Instant updatedAt;

    @Version
    private long version;

    protected Candidate() {
    }

    Candidate(Organisation organisation, AdmissionRule rule, String fullName, LocalDate birthDate, LocalDate awarenessDate,
              String awarenessCertificate, String by, Instant now) {
        this.organisation = organisation;
        this.ruleId = rule.id();
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.awarenessDate = awarenessDate;
        this.awarenessCertificate = awarenessCertificate;
        this.stage = AdmissionStage.HOC_NHAN_THUC;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Records the stage reached (checked by {@link CandidateChecks#advance} first); {@code rule} is the rule that now
     * applies: the one valid at the admission decision, from that stage on.
     */
    void advance(AdmissionStage to, LocalDate date, String number, String reason, AdmissionRule rule, Set<LocalDate> holidays,
                 Instant now) {
        if (!stage.mayAdvanceTo(to)) {
            throw new IllegalTransition("admission.stage.skipped");
        }
        switch (to) {
            case CHI_BO_DE_NGHI -> { proposalDate = date; proposalNumber = number; }
            case THAM_TRA -> { verificationDate = date; verificationNumber = number; }
            case QUYET_DINH_KET_NAP -> { decisionDate = date; decisionNumber = number; }
            case DA_KET_NAP -> ceremonyDate = date;
            case CHINH_THUC -> { recognitionDate = date; recognitionNumber = number; }
            case XOA_TEN_DU_BI -> { removalDate = date; removalNumber = number; removalReason = reason; }
            default -> throw new IllegalTransition("admission.stage.unknown");
        }
        stage = to;
        ruleId = rule.id();
        updatedAt = now;
        followUpDue = Deadlines.of(progress(), rule, date, holidays).followUpDue();
    }

    public Progress progress() {
        return new Progress(stage, birthDate, awarenessDate, proposalDate, verificationDate, decisionDate, ceremonyDate,
                recognitionDate, removalDate);
    }

    /** What the audit trail keeps of a candidate: its stage, dates and numbers, never its name or birth date. */
    Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationId", organisation.getId());
        m.put("stage", stage.name());
        m.put("awarenessDate", String.valueOf(awarenessDate));
        m.put("proposalDate", String.valueOf(proposalDate));
        m.put("verificationDate", String.valueOf(verificationDate));
        m.put("decisionDate", String.valueOf(decisionDate));
        m.put("decisionNumber", decisionNumber);
        m.put("ceremonyDate", String.valueOf(ceremonyDate));
        m.put("recognitionDate", String.valueOf(recognitionDate));
        m.put("recognitionNumber", recognitionNumber);
        m.put("removalDate", String.valueOf(removalDate));
        m.put("removalNumber", removalNumber);
        return m;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Long getRuleId() { return ruleId; }
    public String getFullName() { return fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public AdmissionStage getStage() { return stage; }
    public LocalDate getAwarenessDate() { return awarenessDate; }
    public String getAwarenessCertificate() { return awarenessCertificate; }
    public LocalDate getProposalDate() { return proposalDate; }
    public String getProposalNumber() { return proposalNumber; }
    public LocalDate getVerificationDate() { return verificationDate; }
    public String getVerificationNumber() { return verificationNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getCeremonyDate() { return ceremonyDate; }
    public LocalDate getRecognitionDate() { return recognitionDate; }
    public String getRecognitionNumber() { return recognitionNumber; }
    public LocalDate getRemovalDate() { return removalDate; }
    public String getRemovalNumber() { return removalNumber; }
    public String getRemovalReason() { return removalReason; }
    public LocalDate getFollowUpDue() { return followUpDue; }
    public boolean isSample() { return sample; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
