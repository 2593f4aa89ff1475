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
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.partytrack.platform.VietnameseFormat.DATE;

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

    /**
     * The unit reports what it did (status DONE, with the date it was done) or that it is still under way (status
     * OPEN); either way with a note. Refused with every finding of {@link #reportFindings} at once.
     */
    void report(String status, String note, LocalDate doneOn, LocalDate today, String by, Instant now) {
        List<FieldError> findings = reportFindings(status, note, doneOn, today);
        if (!findings.isEmpty()) {
            throw new InvalidInput(findings);
        }
        this.status = status;
        this.note = note;
        this.doneOn = TaskStatus.DONE.is(status) ? doneOn : null;
        this.reportedBy = by;
        this.reportedAt = now;
    }

    /**
     * What is wrong with a report: the status is DONE or OPEN, the note is given and at most 2000 characters, and a
     * task done was done on a date neither in the future nor before the meeting that gave it.
     */
    private List<FieldError> reportFindings(String status, String note, LocalDate doneOn, LocalDate today) {
        List<FieldError> findings = new ArrayList<>();
        if (!TaskStatus.DONE.is(status) && !TaskStatus.OPEN.is(status)) {
            findings.add(new FieldError("status", "field.required"));
        }
        if (note == null) {
            findings.add(new FieldError("note", "field.required"));
        } else if (note.length() > 2000) {
            findings.add(new FieldError("note", "field.tooLong", Map.of("max", 2000)));
        }
        if (TaskStatus.DONE.is(status)) {
            LocalDate heldOn = task.getMeeting().getHeldOn();
            if (doneOn == null) {
                findings.add(new FieldError("doneOn", "field.required"));
            } else if (doneOn.isAfter(today)) {
                findings.add(new FieldError("doneOn", "meeting.doneOn.future"));
            } else if (doneOn.isBefore(heldOn)) {
                findings.add(new FieldError("doneOn", "meeting.doneOn.beforeMeeting", Map.of("date", DATE.format(heldOn))));
            }
        }
        return findings;
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
