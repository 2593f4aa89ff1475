package vn.partytrack.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.partytrack.platform.VietnameseFormat.DATE;

/** One of the chair's concluding tasks, assigned to all or some units with a deadline. */
@Entity
@Table(name = "meeting_task")
public class MeetingTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private ReviewMeeting meeting;

    private int position;
    private String body;
    private LocalDate deadline;

    @Column(name = "all_units")
    private boolean allUnits;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    private List<TaskAssignment> assignments = new ArrayList<>();

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected MeetingTask() {
    }

    MeetingTask(ReviewMeeting meeting, int position, String body, LocalDate deadline, boolean allUnits, String by, Instant now) {
        this.meeting = meeting;
        this.position = position;
        this.body = body;
        this.deadline = deadline;
        this.allUnits = allUnits;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** A task's deadline may not come before the meeting that gave it. */
    static Optional<FieldError> deadlineFinding(ReviewMeeting meeting, LocalDate deadline) {
        if (deadline != null && meeting.getHeldOn() != null && deadline.isBefore(meeting.getHeldOn())) {
            return Optional.of(new FieldError("deadline", "meeting.deadline.beforeMeeting", Map.of("date", DATE.format(meeting.getHeldOn()))));
        }
        return Optional.empty();
    }

    void rewrite(String body, LocalDate deadline) {
        this.body = body;
        this.deadline = deadline;
    }

    /** Assigns the task to a unit unless it already has it; true when newly assigned. */
    boolean assign(Organisation organisation) {
        if (assignments.stream().anyMatch(a -> a.getOrganisation().getId().equals(organisation.getId()))) {
            return false;
        }
        assignments.add(new TaskAssignment(this, organisation));
        return true;
    }

    public Long getId() { return id; }
    public ReviewMeeting getMeeting() { return meeting; }
    public int getPosition() { return position; }
    public String getBody() { return body; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isAllUnits() { return allUnits; }
    public List<TaskAssignment> getAssignments() { return assignments; }
    public long getVersion() { return version; }
}
