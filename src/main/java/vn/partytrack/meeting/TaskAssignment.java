package vn.partytrack.meeting;

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
import vn.partytrack.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's share of a task: open until its secretary reports it done, with what was done and when. */
@Entity
@Table(name = "task_assignment")
public class TaskAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private MeetingTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String status = TaskStatus.OPEN.name();
    private String note;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version
    private long version;

    protected TaskAssignment() {
    }

    TaskAssignment(MeetingTask task, Organisation organisation) {
        this.task = task;
        this.organisation = organisation;
    }

    /** The unit reports what it did (status DONE) or that it is still under way (status OPEN, with a note). */
    void report(String status, String note, LocalDate doneOn, String by, Instant now) {
        this.status = status;
        this.note = note;
        this.doneOn = TaskStatus.DONE.is(status) ? doneOn : null;
        this.reportedBy = by;
        this.reportedAt = now;
    }

    public Long getId() { return id; }
    public MeetingTask getTask() { return task; }
    public Organisation getOrganisation() { return organisation; }
    public String getStatus() { return status; }
    public String getNote() { return note; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
    public long getVersion() { return version; }
}
