package vn.partytrack.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.notification.Notifier;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.Writes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The chair's concluding tasks: district staff give them to all or some units of the meeting's bloc, each unit's
 * secretary reports completion of its share, and the other side is told.
 */
@ApplicationScoped
@Transactional
public class TaskService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    InputValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    MeetingRegister meetings;

    @Inject
    TaskTracker tracker;

    /** Adds a task for every unit of the meeting's bloc, or for the chosen units; each unit's secretary is told. */
    public Long addTask(Long meetingId, TaskForm form) {
        caller.requireStaff();
        ReviewMeeting m = meetings.find(meetingId, null);
        List<Organisation> units = checkTask(m, form, true);
        MeetingTask task = m.addTask(form.getBody(), form.getDeadline(), form.isAllUnits(), caller.auditName(), clock.instant());
        units.forEach(task::assign);
        em.flush();
        audit.record(caller.auditName(), "MEETING_TASK", task.getId(), "CREATE", null,
                Map.of("meeting", meetingId, "body", task.getBody(), "deadline", task.getDeadline().toString(), "units", units.size()));
        notifyAssigned(task, units);
        return task.getId();
    }

    /** Changes a task's text or deadline and assigns it to more units; units already assigned keep their report. */
    public void updateTask(Long taskId, TaskForm form) {
        caller.requireStaff();
        MeetingTask task = taskId == null ? null : em.find(MeetingTask.class, taskId);
        if (task == null) {
            throw new NotFound("task " + taskId);
        }
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (form.getVersion() != task.getVersion()) {
            throw new ConcurrentEdit("task " + taskId + " changed since version " + form.getVersion());
        }
        List<Organisation> units = checkTask(task.getMeeting(), form, false);
        Map<String, Object> before = Map.of("body", task.getBody(), "deadline", task.getDeadline().toString());
        task.rewrite(form.getBody(), form.getDeadline());
        List<Organisation> added = units.stream().filter(task::assign).toList();
        Writes.flush(em, "meeting");
        audit.record(caller.auditName(), "MEETING_TASK", taskId, "UPDATE", before,
                Map.of("body", task.getBody(), "deadline", task.getDeadline().toString(), "added", added.size()));
        notifyAssigned(task, added);
    }

    /**
     * The unit's secretary reports on its share of a task: DONE with what was done and the date, or OPEN with how
     * far it has got. Staff are told when it is done.
     */
    public AssignmentRow report(Long assignmentId, String status, String note, LocalDate doneOn, Long expectedVersion) {
        TaskAssignment a = assignmentId == null ? null : em.find(TaskAssignment.class, assignmentId);
        if (a == null) {
            throw new NotFound("task assignment " + assignmentId);
        }
        caller.requireSecretaryOf(a.getOrganisation());
        if (expectedVersion == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (expectedVersion != a.getVersion()) {
            throw new ConcurrentEdit("task assignment " + assignmentId + " changed since version " + expectedVersion);
        }
        String text = Text.clean(note);
        a.report(status, text, doneOn, Clocks.today(clock), caller.auditName(), clock.instant());
        Writes.flush(em, "meeting");
        audit.record(caller.auditName(), "TASK_ASSIGNMENT", a.getId(), "REPORT", null,
                Map.of("status", status, "note", text, "doneOn", doneOn == null ? "" : doneOn.toString()));
        if (TaskStatus.DONE.is(status)) {
            notifier.toStaff(a.getOrganisation().getId(), "TASK_DONE", "notification.taskDone", List.of(a.getOrganisation().getName(), shorten(a.getTask().getBody())), null);
        }
        return tracker.assignment(a.getId());
    }

    private List<Organisation> checkTask(ReviewMeeting m, TaskForm form, boolean unitsRequired) {
        form.setBody(Text.clean(form.getBody()));
        List<FieldError> findings = new ArrayList<>();
        MeetingTask.deadlineFinding(m, form.getDeadline()).ifPresent(findings::add);
        List<Organisation> units = new ArrayList<>();
        if (form.isAllUnits()) {
            units.addAll(em.createQuery("""
                            SELECT o FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b
                            WHERE o.active = true AND t.grassroots = true AND (:bloc = '' OR b.code = :bloc)""", Organisation.class)
                    .setParameter("bloc", m.getBloc() == null ? "" : m.getBloc().getCode()).getResultList());
        } else {
            for (Long id : form.getOrganisationIds()) {
                Organisation o = id == null ? null : em.find(Organisation.class, id);
                if (o == null || !m.covers(o)) {
                    findings.add(new FieldError("organisationIds", "meeting.unit.outOfScope"));
                    break;
                }
                units.add(o);
            }
            if (unitsRequired && units.isEmpty() && findings.stream().noneMatch(f -> f.field().equals("organisationIds"))) {
                findings.add(new FieldError("organisationIds", "meeting.units.required"));
            }
        }
        validation.require(form, findings);
        return units;
    }

    private void notifyAssigned(MeetingTask task, List<Organisation> units) {
        notifier.toSecretariesOf(units.stream().map(Organisation::getId).toList(), "TASK_ASSIGNED", "notification.taskAssigned",
                List.of(shorten(task.getBody()), VietnameseFormat.DATE.format(task.getDeadline())), null, null);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
