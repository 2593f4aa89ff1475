package vn.partytrack.assessment;

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

import java.time.Instant;

/** One step in a report's history: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    /** What happened. */
    public enum Action {
        CREATE, SUBMIT, RESUBMIT, RETURN, ACCEPT, LOCK, REQUEST_UNLOCK, GRANT_UNLOCK, REFUSE_UNLOCK, COMMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReportStatus toStatus;

    private String comment;

    protected ReportEvent() {
    }

    ReportEvent(Report report, Instant at, String actor, Action action, ReportStatus from, ReportStatus to, String comment) {
        this.report = report;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public ReportStatus getFromStatus() { return fromStatus; }
    public ReportStatus getToStatus() { return toStatus; }
    public String getComment() { return comment; }
}
