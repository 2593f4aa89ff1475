package vn.partytrack.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.meeting.AssignmentRow;
import vn.partytrack.meeting.TaskService;
import vn.partytrack.meeting.TaskTracker;
import vn.partytrack.meeting.TaskStatus;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** On a secretary's home: the tasks review meetings gave the unit, and the form to report on one. */
@Named
@ViewScoped
public class OwnTasksPanel implements Serializable {

    @Inject
    TaskTracker tracker;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    private List<AssignmentRow> rows;
    private AssignmentRow reporting;
    private String status = TaskStatus.DONE.name();
    private String note;
    private LocalDate doneOn;
    private final Map<String, String> errors = new HashMap<>();

    public List<AssignmentRow> getRows() {
        if (rows == null) {
            rows = tracker.ownTasks();
        }
        return rows;
    }

    public void start(AssignmentRow row) {
        errors.clear();
        reporting = row;
        status = TaskStatus.DONE.name();
        note = row.note();
        doneOn = row.doneOn() == null ? Clocks.today(clock) : row.doneOn();
    }

    public void save() {
        if (FacesFeedback.attempt(() -> tasks.report(reporting.id(), status, note, doneOn, reporting.version()), "form.saved", errors, "")) {
            rows = null;
        }
    }

    public String error(String field) { return errors.get(field); }
    public AssignmentRow getReporting() { return reporting; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
}
