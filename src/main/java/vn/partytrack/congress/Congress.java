package vn.partytrack.congress;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One organisation's congress for one term: the plan, the stages reached and the results. */
@Entity
@Table(name = "congress")
public class Congress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private CongressTerm term;

    @Column(name = "sequence_number")
    private Integer sequenceNumber;

    private boolean pilot;

    @Enumerated(EnumType.STRING)
    private CongressFormat form;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(name = "held_from")
    private LocalDate heldFrom;

    @Column(name = "held_to")
    private LocalDate heldTo;

    private Integer summoned;
    private Integer attending;

    @Column(name = "committee_approved")
    private Integer committeeApproved;

    @Column(name = "committee_elected")
    private Integer committeeElected;

    @Column(name = "secretary_name")
    private String secretaryName;

    @Column(name = "secretary_vote_pct")
    private BigDecimal secretaryVotePct;

    @Column(name = "secretary_direct")
    private boolean secretaryDirect;

    @Column(name = "deputy_names")
    private String deputyNames;

    @Column(name = "deputy_vote_pct")
    private BigDecimal deputyVotePct;

    @Column(name = "approval_decision_no")
    private String approvalDecisionNo;

    @Column(name = "approval_decision_on")
    private LocalDate approvalDecisionOn;

    private boolean sample;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "congress", cascade = CascadeType.ALL)
    private List<CongressStageRecord> stages = new ArrayList<>();

    protected Congress() {
    }

    public Congress(Organisation organisation, CongressTerm term, Instant now) {
        this.organisation = organisation;
        this.term = term;
        this.form = term.formFor(organisation.getMembership().total());
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The district's plan: which units hold pilot congresses, and when each is planned. */
    void plan(boolean pilot, LocalDate plannedDate, Instant now) {
        this.pilot = pilot;
        this.plannedDate = plannedDate;
        this.updatedAt = now;
    }

    void describe(CongressForm f, Instant now) {
        this.sequenceNumber = f.getSequenceNumber();
        this.form = f.getFormat();
        this.heldFrom = f.getHeldFrom();
        this.heldTo = f.getHeldTo();
        this.summoned = f.getSummoned();
        this.attending = f.getAttending();
        this.committeeApproved = f.getCommitteeApproved();
        this.committeeElected = f.getCommitteeElected();
        this.secretaryName = f.getSecretaryName();
        this.secretaryVotePct = f.getSecretaryVotePct();
        this.secretaryDirect = f.isSecretaryDirect();
        this.deputyNames = f.getDeputyNames();
        this.deputyVotePct = f.getDeputyVotePct();
        this.approvalDecisionNo = f.getApprovalDecisionNo();
        this.approvalDecisionOn = f.getApprovalDecisionOn();
        this.updatedAt = now;
    }

    /** Records (or corrects) the date a stage was reached. */
    CongressStageRecord reach(CongressStage stage, LocalDate on, String note, String by, Instant now) {
        CongressStageRecord record = stageRecord(stage.getCode()).orElseGet(() -> {
            CongressStageRecord created = new CongressStageRecord(this, stage, by, now);
            stages.add(created);
            return created;
        });
        record.complete(on, note);
        updatedAt = now;
        return record;
    }

    public Optional<CongressStageRecord> stageRecord(String stageCode) {
        return stages.stream().filter(r -> r.getStage().getCode().equals(stageCode)).findFirst();
    }

    /** The furthest stage reached, if any. */
    public Optional<CongressStageRecord> currentStage() {
        return stages.stream().filter(CongressStageRecord::reached)
                .max(Comparator.comparingInt(r -> r.getStage().getSortOrder()));
    }

    /** Once the superior committee has approved the results, the congress file is closed to changes. */
    public boolean resultsApproved() {
        return stageRecord("CHUAN_Y").map(r -> r.getReview().status().accepted()).orElse(false);
    }

    /** Whether every stage before this one has been reached (district stages: confirmed). */
    public boolean earlierStagesReached(CongressStage stage, List<CongressStage> all) {
        return all.stream().filter(s -> s.getSortOrder() < stage.getSortOrder())
                .allMatch(s -> stageRecord(s.getCode()).map(CongressStageRecord::reached).orElse(false));
    }

    public Schedule schedule(LocalDate today) {
        return Schedule.of(plannedDate, heldFrom, term.getGrassrootsDeadline(), today);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public CongressTerm getTerm() { return term; }
    public Integer getSequenceNumber() { return sequenceNumber; }
    public boolean isPilot() { return pilot; }
    public CongressFormat getForm() { return form; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public LocalDate getHeldFrom() { return heldFrom; }
    public LocalDate getHeldTo() { return heldTo; }
    public Integer getSummoned() { return summoned; }
    public Integer getAttending() { return attending; }
    public Integer getCommitteeApproved() { return committeeApproved; }
    public Integer getCommitteeElected() { return committeeElected; }
    public String getSecretaryName() { return secretaryName; }
    public BigDecimal getSecretaryVotePct() { return secretaryVotePct; }
    public boolean isSecretaryDirect() { return secretaryDirect; }
    public String getDeputyNames() { return deputyNames; }
    public BigDecimal getDeputyVotePct() { return deputyVotePct; }
    public String getApprovalDecisionNo() { return approvalDecisionNo; }
    public LocalDate getApprovalDecisionOn() { return approvalDecisionOn; }
    public long getVersion() { return version; }
    public List<CongressStageRecord> getStages() { return stages; }
}
