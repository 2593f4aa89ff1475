package vn.partytrack.review;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** One step in a submission's history: who did what, when, from which state to which, and why. */
@MappedSuperclass
public abstract class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private ReviewAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReviewStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReviewStatus toStatus;

    private String comment;

    protected ReviewEvent() {
    }

    protected ReviewEvent(Instant at, String actor, Transition t) {
        this.at = at;
        this.actor = actor;
        this.action = t.action();
        this.fromStatus = t.from();
        this.toStatus = t.to();
        this.comment = t.comment();
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public ReviewAction getAction() { return action; }
    public ReviewStatus getFromStatus() { return fromStatus; }
    public ReviewStatus getToStatus() { return toStatus; }
    public String getComment() { return comment; }

    /** A history line for the pages and the API. */
    public HistoryEntry entry() {
        return new HistoryEntry(at, actor, action, fromStatus, toStatus, comment);
    }
}
