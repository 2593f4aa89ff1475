package vn.partytrack.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.meeting.MeetingDetails;
import vn.partytrack.meeting.MeetingForm;
import vn.partytrack.meeting.MeetingRegister;
import vn.partytrack.meeting.MeetingService;
import vn.partytrack.meeting.TaskForm;
import vn.partytrack.meeting.TaskService;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One review meeting: staff record it (date, chair, bloc, period, boards and units present, conclusion), enter the
 * difficulties units raised there and the chair's tasks; everyone district-wide sees each unit's completion.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    MeetingRegister register;

    @Inject
    TaskService tasks;

    @Inject
    PeriodService periods;


    private String idParameter;
    private Long id;
    private MeetingDetails meeting;
    private MeetingForm form;
    private List<MeetingDetails.Unit> unitChoices = List.of();
    private List<PeriodRow> periodChoices = List.of();
    private TaskForm task = new TaskForm();
    private Long editingTaskId;
    private Long raisedUnit;
    private String raisedKind = "DIFFICULTY";
    private String raisedBody;
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (form != null) {
            return;
        }
        try {
            periodChoices = periods.list();
            id = FacesFeedback.id(idParameter);
            if (idParameter != null && !idParameter.isBlank() && id == null) {
                FacesFeedback.sendError(404);
                return;
            }
            if (id == null) {
                if (!meetings.mayRecord()) {
                    FacesFeedback.sendError(403);
                    return;
                }
                form = new MeetingForm();
                form.setBlocCode(DefaultBloc.code());
                PeriodRow current = periods.current();
                form.setPeriodId(current == null ? null : current.id());
            } else {
                show();
            }
            unitChoices = register.unitsInScope(form.getBlocCode());
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void show() {
        meeting = register.get(id);
        form = meetings.mayRecord() ? meetings.formFor(id) : null;
        if (form == null) {
            form = new MeetingForm();
            form.setBlocCode(meeting.blocCode());
        }
    }

    public boolean isStaff() {
        return meetings.mayRecord();
    }

    /** The bloc changed on a new meeting: the units to choose from follow it. */
    public void blocChanged() {
        unitChoices = register.unitsInScope(form.getBlocCode());
        form.getUnitIds().clear();
    }

    public String save() {
        boolean created = id == null;
        Long[] newId = new Long[1];
        boolean saved = FacesFeedback.attempt(() -> {
            if (created) {
                newId[0] = meetings.create(form);
            } else {
                meetings.update(id, form);
            }
        }, "form.saved", errors, "");
        if (!saved) {
            return null;
        }
        if (created) {
            FacesFeedback.keepForRedirect();
            return "/meeting/meeting?faces-redirect=true&id=" + newId[0];
        }
        show();
        return null;
    }

    public void startTask(MeetingDetails.Task existing) {
        errors.clear();
        task = new TaskForm();
        editingTaskId = existing == null ? null : existing.id();
        if (existing != null) {
            task.setBody(existing.body());
            task.setDeadline(existing.deadline());
            task.setAllUnits(false);
            task.setVersion(existing.version());
        }
    }

    public void saveTask() {
        if (FacesFeedback.attempt(() -> {
            if (editingTaskId == null) {
                tasks.addTask(id, task);
            } else {
                tasks.updateTask(editingTaskId, task);
            }
        }, "form.saved", errors, "task.")) {
            show();
        }
    }

    public void raise() {
        if (FacesFeedback.attempt(() -> meetings.raise(id, raisedUnit, raisedKind, raisedBody), "form.saved", errors, "raised.")) {
            raisedBody = null;
            show();
        }
    }

    public String error(String field) { return errors.get(field); }
    public String getId() { return idParameter; }
    public void setId(String id) { this.idParameter = id; }
    public boolean isNew() { return id == null; }
    public MeetingDetails getMeeting() { return meeting; }
    public MeetingForm getForm() { return form; }
    public List<MeetingDetails.Unit> getUnitChoices() { return unitChoices; }
    public List<PeriodRow> getPeriodChoices() { return periodChoices; }
    public TaskForm getTask() { return task; }
    public boolean isEditingTask() { return editingTaskId != null; }
    public Long getRaisedUnit() { return raisedUnit; }
    public void setRaisedUnit(Long raisedUnit) { this.raisedUnit = raisedUnit; }
    public String getRaisedKind() { return raisedKind; }
    public void setRaisedKind(String raisedKind) { this.raisedKind = raisedKind; }
    public String getRaisedBody() { return raisedBody; }
    public void setRaisedBody(String raisedBody) { this.raisedBody = raisedBody; }
}
