package vn.partytrack.directive;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.review.EventLog;
import vn.partytrack.review.ReviewKind;
import vn.partytrack.review.UnitSubmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How one unit disseminated and implements one document: sessions with attendance, its plan, models and reviews.
 * The unit submits it through the shared review; district staff accept or return it.
 */
@Entity
@Table(name = "directive_implementation")
public class DirectiveImplementation extends UnitSubmission {

    static final ReviewKind KIND = new ReviewKind("DIRECTIVE", "notification.directive");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @Column(name = "plan_number")
    private String planNumber;

    @Column(name = "plan_date")
    private LocalDate planDate;

    @Column(name = "interim_review_date")
    private LocalDate interimReviewDate;

    @Column(name = "final_review_date")
    private LocalDate finalReviewDate;

    private String results;

    @OneToMany(mappedBy = "implementation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DisseminationSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "implementation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DirectiveModel> models = new ArrayList<>();

    @OneToMany(mappedBy = "implementation", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DirectiveImplementationEvent> events = new ArrayList<>();

    protected DirectiveImplementation() {
    }

    public DirectiveImplementation(Directive directive, Organisation organisation, String by, Instant now) {
        super(organisation, now);
        this.directive = directive;
        created(by, now);
    }

    /** Replaces the content; only while it is a draft or returned. */
    void edit(ImplementationForm f, Instant now) {
        requireEditable();
        planNumber = f.getPlanNumber();
        planDate = f.getPlanDate();
        interimReviewDate = f.getInterimReviewDate();
        finalReviewDate = f.getFinalReviewDate();
        results = f.getResults();
        sessions.clear();
        int position = 1;
        for (ImplementationForm.Session s : f.getSessions()) {
            sessions.add(new DisseminationSession(this, position++, s));
        }
        models.clear();
        position = 1;
        for (ImplementationForm.Model m : f.getModels()) {
            models.add(new DirectiveModel(this, position++, m.getKind(), m.getName(), m.getDescription()));
        }
        touch(now);
    }

    /** The first date the unit disseminated the document, if it has. */
    public LocalDate firstDissemination() {
        return sessions.stream().map(DisseminationSession::getHeldOn).min(LocalDate::compareTo).orElse(null);
    }

    @Override
    protected EventLog<DirectiveImplementationEvent> log() {
        return new EventLog<>(events, (at, by, t) -> new DirectiveImplementationEvent(this, at, by, t));
    }

    @Override
    public ReviewKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return directive.getNumber();
    }

    public Directive getDirective() { return directive; }
    public String getPlanNumber() { return planNumber; }
    public LocalDate getPlanDate() { return planDate; }
    public LocalDate getInterimReviewDate() { return interimReviewDate; }
    public LocalDate getFinalReviewDate() { return finalReviewDate; }
    public String getResults() { return results; }
    public List<DisseminationSession> getSessions() { return sessions; }
    public List<DirectiveModel> getModels() { return models; }
    public List<DirectiveImplementationEvent> getEvents() { return events; }
}
