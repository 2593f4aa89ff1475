package vn.partytrack.officer;

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
import vn.partytrack.congress.CongressTerm;
import vn.partytrack.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One person holding one post of a unit from one date to another: how they came to it and how they left it. */
@Entity
@Table(name = "officer_post")
public class OfficerPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    private CongressTerm term;

    @Enumerated(EnumType.STRING)
    private PostKind kind;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "held_from")
    private LocalDate heldFrom;

    @Column(name = "held_to")
    private LocalDate heldTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "came_by")
    private CameBy cameBy;

    @Column(name = "decision_no")
    private String decisionNo;

    @Column(name = "decision_on")
    private LocalDate decisionOn;

    @Column(name = "decision_issuer")
    private String decisionIssuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_by")
    private LeftBy leftBy;

    @Column(name = "end_decision_no")
    private String endDecisionNo;

    @Column(name = "end_decision_on")
    private LocalDate endDecisionOn;

    @Column(name = "end_decision_issuer")
    private String endDecisionIssuer;

    private boolean sample;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OfficerPost() {
    }

    OfficerPost(Organisation organisation, CongressTerm term, PostKind kind, String personName, LocalDate heldFrom,
                CameBy cameBy, String decisionNo, LocalDate decisionOn, String decisionIssuer, Instant now) {
        this.organisation = organisation;
        this.term = term;
        this.kind = kind;
        this.personName = personName;
        this.heldFrom = heldFrom;
        this.cameBy = cameBy;
        this.decisionNo = decisionNo;
        this.decisionOn = decisionOn;
        this.decisionIssuer = decisionIssuer;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The holder leaves the post on {@code on} (the last day held). */
    void end(LocalDate on, LeftBy how, String decisionNo, LocalDate decisionOn, String decisionIssuer, Instant now) {
        if (heldTo != null) {
            throw new vn.partytrack.platform.IllegalTransition("officer.post.ended");
        }
        this.heldTo = on;
        this.leftBy = how;
        this.endDecisionNo = decisionNo;
        this.endDecisionOn = decisionOn;
        this.endDecisionIssuer = decisionIssuer;
        this.updatedAt = now;
    }

    public boolean isHeldOn(LocalDate day) {
        return !heldFrom.isAfter(day) && (heldTo == null || !heldTo.isBefore(day));
    }

    /** What the audit trail keeps of a post: no name, so that removing the post removes the person from PartyTrack. */
    Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisationId", organisation.getId());
        s.put("kind", kind.name());
        s.put("heldFrom", String.valueOf(heldFrom));
        s.put("heldTo", heldTo == null ? null : heldTo.toString());
        s.put("cameBy", cameBy.name());
        s.put("decisionNo", decisionNo);
        s.put("leftBy", leftBy == null ? null : leftBy.name());
        s.put("endDecisionNo", endDecisionNo);
        return s;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public CongressTerm getTerm() { return term; }
    public PostKind getKind() { return kind; }
    public String getPersonName() { return personName; }
    public LocalDate getHeldFrom() { return heldFrom; }
    public LocalDate getHeldTo() { return heldTo; }
    public CameBy getCameBy() { return cameBy; }
    public String getDecisionNo() { return decisionNo; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public String getDecisionIssuer() { return decisionIssuer; }
    public LeftBy getLeftBy() { return leftBy; }
    public String getEndDecisionNo() { return endDecisionNo; }
    public LocalDate getEndDecisionOn() { return endDecisionOn; }
    public String getEndDecisionIssuer() { return endDecisionIssuer; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
}
