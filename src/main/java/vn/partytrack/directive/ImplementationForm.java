package vn.partytrack.directive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A unit's implementation as its secretary types it; {@code version} is the version the editor loaded. */
public class ImplementationForm implements Serializable {

    private String planNumber;
    private LocalDate planDate;
    private LocalDate interimReviewDate;
    private LocalDate finalReviewDate;
    private String results;
    private List<Session> sessions = new ArrayList<>();
    private List<Model> models = new ArrayList<>();
    private Long version;

    /** A dissemination session. */
    public static class Session implements Serializable {
        private LocalDate heldOn;
        private SessionFormat format = SessionFormat.IN_PERSON;
        private Integer membersAtDate;
        private Integer membersAttending;
        private Integer nonMembersAttending = 0;

        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public SessionFormat getFormat() { return format; }
        public void setFormat(SessionFormat format) { this.format = format; }
        public Integer getMembersAtDate() { return membersAtDate; }
        public void setMembersAtDate(Integer membersAtDate) { this.membersAtDate = membersAtDate; }
        public Integer getMembersAttending() { return membersAttending; }
        public void setMembersAttending(Integer membersAttending) { this.membersAttending = membersAttending; }
        public Integer getNonMembersAttending() { return nonMembersAttending; }
        public void setNonMembersAttending(Integer nonMembersAttending) { this.nonMembersAttending = nonMembersAttending; }
    }

    /** A model or exemplary person. */
    public static class Model implements Serializable {
        private DirectiveModel.Kind kind = DirectiveModel.Kind.MODEL;
        private String name;
        private String description;

        public DirectiveModel.Kind getKind() { return kind; }
        public void setKind(DirectiveModel.Kind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    static ImplementationForm of(DirectiveImplementation i) {
        ImplementationForm f = new ImplementationForm();
        f.planNumber = i.getPlanNumber();
        f.planDate = i.getPlanDate();
        f.interimReviewDate = i.getInterimReviewDate();
        f.finalReviewDate = i.getFinalReviewDate();
        f.results = i.getResults();
        for (DisseminationSession s : i.getSessions()) {
            Session x = new Session();
            x.heldOn = s.getHeldOn();
            x.format = s.getFormat();
            x.membersAtDate = s.getMembersAtDate();
            x.membersAttending = s.getMembersAttending();
            x.nonMembersAttending = s.getNonMembersAttending();
            f.sessions.add(x);
        }
        for (DirectiveModel m : i.getModels()) {
            Model x = new Model();
            x.kind = m.getKind();
            x.name = m.getName();
            x.description = m.getDescription();
            f.models.add(x);
        }
        f.version = i.getVersion();
        return f;
    }

    public String getPlanNumber() { return planNumber; }
    public void setPlanNumber(String planNumber) { this.planNumber = planNumber; }
    public LocalDate getPlanDate() { return planDate; }
    public void setPlanDate(LocalDate planDate) { this.planDate = planDate; }
    public LocalDate getInterimReviewDate() { return interimReviewDate; }
    public void setInterimReviewDate(LocalDate interimReviewDate) { this.interimReviewDate = interimReviewDate; }
    public LocalDate getFinalReviewDate() { return finalReviewDate; }
    public void setFinalReviewDate(LocalDate finalReviewDate) { this.finalReviewDate = finalReviewDate; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public List<Session> getSessions() { return sessions; }
    public void setSessions(List<Session> sessions) { this.sessions = sessions == null ? new ArrayList<>() : sessions; }
    public List<Model> getModels() { return models; }
    public void setModels(List<Model> models) { this.models = models == null ? new ArrayList<>() : models; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
