package vn.partytrack.rating;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.EventLog;
import vn.partytrack.review.ReviewKind;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.Transition;
import vn.partytrack.review.UnitSubmission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One grassroots organisation's rating for one year, under the rule set of that year. Its secretary writes the
 * self-assessment and submits it through the shared review; the organisation board returns it or appraises it (the
 * proposed level, which accepts it); the standing committee decides the level with its decision's number and date.
 * A decided rating is final: it cannot be reopened.
 */
@Entity
@Table(name = "rating")
public class Rating extends UnitSubmission {

    static final ReviewKind KIND = new ReviewKind("RATING", "notification.rating");

    private int year;

    @Column(name = "rule_set_id")
    private Long ruleSetId;

    @Column(name = "self_level") private String selfLevel;
    @Column(name = "self_score") private BigDecimal selfScore;
    @Column(name = "self_summary") private String selfSummary;
    @Column(name = "disciplined_member") private boolean disciplinedMember;
    @Column(name = "disciplined_leader") private boolean disciplinedLeader;
    @Column(name = "members_total") private Integer membersTotal;
    @Column(name = "members_htxs") private Integer membersHtxs;
    @Column(name = "members_htt") private Integer membersHtt;
    @Column(name = "members_ht") private Integer membersHt;
    @Column(name = "members_kht") private Integer membersKht;
    @Column(name = "members_exempted") private Integer membersExempted;
    @Column(name = "members_not_reviewed") private Integer membersNotReviewed;
    @Column(name = "exemption_reason") private String exemptionReason;
    @Column(name = "cells_htxs") private Integer cellsHtxs;
    @Column(name = "cells_htt") private Integer cellsHtt;
    @Column(name = "cells_ht") private Integer cellsHt;
    @Column(name = "cells_kht") private Integer cellsKht;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rating_evidence", joinColumns = @JoinColumn(name = "rating_id"))
    @MapKeyColumn(name = "criterion_code")
    private Map<String, RatingEvidence> evidence = new HashMap<>();

    @Column(name = "proposed_level") private String proposedLevel;
    @Column(name = "appraisal_note") private String appraisalNote;
    @Column(name = "appraised_by") private String appraisedBy;
    @Column(name = "appraised_at") private Instant appraisedAt;

    @Column(name = "decided_level") private String decidedLevel;
    @Column(name = "decision_number") private String decisionNumber;
    @Column(name = "decision_date") private LocalDate decisionDate;
    @Column(name = "decision_reason") private String decisionReason;
    @Column(name = "decided_by") private String decidedBy;
    @Column(name = "decided_at") private Instant decidedAt;

    @OneToMany(mappedBy = "rating", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<RatingEvent> events = new ArrayList<>();

    protected Rating() {
    }

    public Rating(Organisation organisation, int year, RuleSet rules, String by, Instant now) {
        super(organisation, now);
        this.year = year;
        this.ruleSetId = rules.id();
        created(by, now);
    }

    /** Replaces the self-assessment; only while a draft or returned. */
    void edit(RatingForm f, Instant now) {
        requireEditable();
        selfLevel = f.getSelfLevel();
        selfScore = f.getSelfScore();
        selfSummary = f.getSelfSummary();
        disciplinedMember = f.isDisciplinedMember();
        disciplinedLeader = f.isDisciplinedLeader();
        membersTotal = f.getMembersTotal();
        membersHtxs = f.getMembersHtxs();
        membersHtt = f.getMembersHtt();
        membersHt = f.getMembersHt();
        membersKht = f.getMembersKht();
        membersExempted = f.getMembersExempted();
        membersNotReviewed = f.getMembersNotReviewed();
        exemptionReason = f.getExemptionReason();
        cellsHtxs = f.getCellsHtxs();
        cellsHtt = f.getCellsHtt();
        cellsHt = f.getCellsHt();
        cellsKht = f.getCellsKht();
        evidence.clear();
        for (RatingForm.Evidence e : f.getEvidence()) {
            evidence.put(e.getCriterion(), new RatingEvidence(e.getScore(), e.getText()));
        }
        touch(now);
    }

    /** The board's appraisal: the level it proposes, which accepts the self-assessment. */
    void appraise(String level, String note, String by, Instant now) {
        if (!getStatus().awaitingReview()) {
            throw new IllegalTransition("rating.notAwaitingAppraisal");
        }
        proposedLevel = level;
        appraisalNote = note;
        appraisedBy = by;
        appraisedAt = now;
        accept(by, now);
    }

    /** The standing committee's decision; only once appraised, and only once. */
    void decide(String level, String number, LocalDate date, String reason, String by, Instant now) {
        if (getStatus() != ReviewStatus.ACCEPTED || proposedLevel == null) {
            throw new IllegalTransition("rating.notAppraised");
        }
        if (decidedLevel != null) {
            throw new IllegalTransition("rating.alreadyDecided");
        }
        decidedLevel = level;
        decisionNumber = number;
        decisionDate = date;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now;
        record(by, now, new Transition(ReviewAction.DECIDE, getStatus(), getStatus(),
                level + " — " + number + (reason == null ? "" : " — " + reason)));
    }

    public boolean isDecided() {
        return decidedLevel != null;
    }

    @Override
    protected void beforeStep(ReviewAction action) {
        if (decidedLevel != null && action != ReviewAction.COMMENT) {
            throw new IllegalTransition("rating.alreadyDecided");
        }
    }

    @Override
    protected EventLog<RatingEvent> log() {
        return new EventLog<>(events, (at, by, t) -> new RatingEvent(this, at, by, t));
    }

    @Override
    public ReviewKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return String.valueOf(year);
    }

    /** The self-assessment as a form, to check it again or to fill the page. */
    RatingForm form() {
        RatingForm f = new RatingForm();
        f.setVersion(getVersion());
        f.setSelfLevel(selfLevel);
        f.setSelfScore(selfScore);
        f.setSelfSummary(selfSummary);
        f.setDisciplinedMember(disciplinedMember);
        f.setDisciplinedLeader(disciplinedLeader);
        f.setMembersTotal(membersTotal);
        f.setMembersHtxs(membersHtxs);
        f.setMembersHtt(membersHtt);
        f.setMembersHt(membersHt);
        f.setMembersKht(membersKht);
        f.setMembersExempted(membersExempted);
        f.setMembersNotReviewed(membersNotReviewed);
        f.setExemptionReason(exemptionReason);
        f.setCellsHtxs(cellsHtxs);
        f.setCellsHtt(cellsHtt);
        f.setCellsHt(cellsHt);
        f.setCellsKht(cellsKht);
        evidence.forEach((k, v) -> f.getEvidence().add(new RatingForm.Evidence(k, v.getScore(), v.getText())));
        f.getEvidence().sort(java.util.Comparator.comparing(RatingForm.Evidence::getCriterion));
        return f;
    }

    public int getYear() { return year; }
    public Long getRuleSetId() { return ruleSetId; }
    public String getSelfLevel() { return selfLevel; }
    public BigDecimal getSelfScore() { return selfScore; }
    public String getProposedLevel() { return proposedLevel; }
    public String getAppraisalNote() { return appraisalNote; }
    public String getAppraisedBy() { return appraisedBy; }
    public Instant getAppraisedAt() { return appraisedAt; }
    public String getDecidedLevel() { return decidedLevel; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public boolean isDisciplinedMember() { return disciplinedMember; }
    public boolean isDisciplinedLeader() { return disciplinedLeader; }
    public Integer getMembersHtxs() { return membersHtxs; }
    public Integer getMembersHtt() { return membersHtt; }
    public Integer getMembersTotal() { return membersTotal; }
}
