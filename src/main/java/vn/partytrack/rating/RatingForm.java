package vn.partytrack.rating;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's self-assessment as its secretary sends it: the proposed level (and score where the rule set
 * scores), the summary, whether a member or leader was disciplined in the year, the members at each level with the
 * exempted and those not reviewed (and why), the subordinate cells at each level, and the evidence per criterion.
 * Counts only: no member is named. {@code version} is the version read (a stale one is refused).
 */
public class RatingForm implements Serializable {

    private Long version;
    private String selfLevel;
    private BigDecimal selfScore;
    private String selfSummary;
    private boolean disciplinedMember;
    private boolean disciplinedLeader;
    private Integer membersTotal;
    private Integer membersHtxs;
    private Integer membersHtt;
    private Integer membersHt;
    private Integer membersKht;
    private Integer membersExempted;
    private Integer membersNotReviewed;
    private String exemptionReason;
    private Integer cellsHtxs;
    private Integer cellsHtt;
    private Integer cellsHt;
    private Integer cellsKht;
    private List<Evidence> evidence = new ArrayList<>();

    /** A collective criterion of the year's rule set: the score given (scored rule sets) and what shows it. */
    public static class Evidence implements Serializable {
        private String criterion;
        private BigDecimal score;
        private String text;

        public Evidence() {
        }

        public Evidence(String criterion, BigDecimal score, String text) {
            this.criterion = criterion;
            this.score = score;
            this.text = text;
        }

        public String getCriterion() { return criterion; }
        public void setCriterion(String criterion) { this.criterion = criterion; }
        public BigDecimal getScore() { return score; }
        public void setScore(BigDecimal score) { this.score = score; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** Members counted: the four levels, the exempted and those not reviewed (nulls as none). */
    public int membersCounted() {
        return n(membersHtxs) + n(membersHtt) + n(membersHt) + n(membersKht) + n(membersExempted) + n(membersNotReviewed);
    }

    static int n(Integer i) {
        return i == null ? 0 : i;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getSelfLevel() { return selfLevel; }
    public void setSelfLevel(String selfLevel) { this.selfLevel = selfLevel; }
    public BigDecimal getSelfScore() { return selfScore; }
    public void setSelfScore(BigDecimal selfScore) { this.selfScore = selfScore; }
    public String getSelfSummary() { return selfSummary; }
    public void setSelfSummary(String selfSummary) { this.selfSummary = selfSummary; }
    public boolean isDisciplinedMember() { return disciplinedMember; }
    public void setDisciplinedMember(boolean disciplinedMember) { this.disciplinedMember = disciplinedMember; }
    public boolean isDisciplinedLeader() { return disciplinedLeader; }
    public void setDisciplinedLeader(boolean disciplinedLeader) { this.disciplinedLeader = disciplinedLeader; }
    public Integer getMembersTotal() { return membersTotal; }
    public void setMembersTotal(Integer membersTotal) { this.membersTotal = membersTotal; }
    public Integer getMembersHtxs() { return membersHtxs; }
    public void setMembersHtxs(Integer membersHtxs) { this.membersHtxs = membersHtxs; }
    public Integer getMembersHtt() { return membersHtt; }
    public void setMembersHtt(Integer membersHtt) { this.membersHtt = membersHtt; }
    public Integer getMembersHt() { return membersHt; }
    public void setMembersHt(Integer membersHt) { this.membersHt = membersHt; }
    public Integer getMembersKht() { return membersKht; }
    public void setMembersKht(Integer membersKht) { this.membersKht = membersKht; }
    public Integer getMembersExempted() { return membersExempted; }
    public void setMembersExempted(Integer membersExempted) { this.membersExempted = membersExempted; }
    public Integer getMembersNotReviewed() { return membersNotReviewed; }
    public void setMembersNotReviewed(Integer membersNotReviewed) { this.membersNotReviewed = membersNotReviewed; }
    public String getExemptionReason() { return exemptionReason; }
    public void setExemptionReason(String exemptionReason) { this.exemptionReason = exemptionReason; }
    public Integer getCellsHtxs() { return cellsHtxs; }
    public void setCellsHtxs(Integer cellsHtxs) { this.cellsHtxs = cellsHtxs; }
    public Integer getCellsHtt() { return cellsHtt; }
    public void setCellsHtt(Integer cellsHtt) { this.cellsHtt = cellsHtt; }
    public Integer getCellsHt() { return cellsHt; }
    public void setCellsHt(Integer cellsHt) { this.cellsHt = cellsHt; }
    public Integer getCellsKht() { return cellsKht; }
    public void setCellsKht(Integer cellsKht) { this.cellsKht = cellsKht; }
    public List<Evidence> getEvidence() { return evidence; }
    public void setEvidence(List<Evidence> evidence) { this.evidence = evidence == null ? new ArrayList<>() : evidence; }
}
