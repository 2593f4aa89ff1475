package vn.partytrack.officer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.congress.CongressTerm;
import vn.partytrack.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;

/** The committee a unit's congress elected for a term: approved and elected sizes, the term's dates, the decision. */
@Entity
@Table(name = "officer_committee")
public class TermCommittee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private CongressTerm term;

    @Column(name = "congress_id")
    private Long congressId;

    @Column(name = "approved_size")
    private Integer approvedSize;

    @Column(name = "elected_size")
    private Integer electedSize;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "decision_no")
    private String decisionNo;

    @Column(name = "decision_on")
    private LocalDate decisionOn;

    @Column(name = "decision_issuer")
    private String decisionIssuer;

    private boolean sample;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TermCommittee() {
    }

    TermCommittee(Organisation organisation, CongressTerm term, Instant now) {
        this.organisation = organisation;
        this.term = term;
        this.createdAt = now;
    }

    void describe(Long congressId, Integer approvedSize, Integer electedSize, LocalDate startsOn, LocalDate endsOn,
                  String decisionNo, LocalDate decisionOn, String decisionIssuer, Instant now) {
        this.congressId = congressId;
        this.approvedSize = approvedSize;
        this.electedSize = electedSize;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.decisionNo = decisionNo;
        this.decisionOn = decisionOn;
        this.decisionIssuer = decisionIssuer;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public CongressTerm getTerm() { return term; }
    public Long getCongressId() { return congressId; }
    public Integer getApprovedSize() { return approvedSize; }
    public Integer getElectedSize() { return electedSize; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getDecisionNo() { return decisionNo; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
}
