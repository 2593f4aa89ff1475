package vn.partytrack.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.assessment.IssueRegister;
import vn.partytrack.assessment.IssueRow;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.notification.Notifier;
import vn.partytrack.organisation.Bloc;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Review meetings: district staff record a meeting, the difficulties units raised there (into the issue register)
 * and the chair's concluding tasks; each unit's secretary reports completion of its tasks; staff and leadership
 * follow them up.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    private static final DateTimeFormatter DATE = VietnameseFormat.DATE;
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

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
    IssueRegister issues;

    // ---- reading

    /** Meetings of a bloc (every bloc when blank) and a period (every period when null), newest first. */
    public List<MeetingRow> list(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT m.id, b.code, p.id, p.code, m.held_on, m.chair,
                               (SELECT count(*) FROM review_meeting_unit u WHERE u.meeting_id = m.id),
                               count(DISTINCT t.id), count(a.id), count(a.id) FILTER (WHERE a.status = 'DONE'),
                               count(a.id) FILTER (WHERE a.status = 'OPEN' AND t.deadline < ?3)
                        FROM review_meeting m
                        JOIN reporting_period p ON p.id = m.period_id
                        LEFT JOIN bloc b ON b.id = m.bloc_id
                        LEFT JOIN meeting_task t ON t.meeting_id = m.id
                        LEFT JOIN task_assignment a ON a.task_id = t.id
                        WHERE (?1 = '' OR b.code = ?1) AND (?2 = -1 OR p.id = ?2)
                        GROUP BY m.id, b.code, p.id, p.code
                        ORDER BY m.held_on DESC, m.id DESC""")
                .setParameter(1, blocCode == null ? "" : blocCode).setParameter(2, periodId == null ? -1L : periodId)
                .setParameter(3, java.sql.Date.valueOf(today())).getResultList();
        return rows.stream().map(r -> new MeetingRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                ((java.sql.Date) r[4]).toLocalDate(), (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).intValue())).toList();
    }

    public MeetingDetails get(Long id) {
        caller.requireDistrictReader();
        return details(find(id, null));
    }

    /** District staff record meetings, raise items and give tasks; pages ask this to show the editing controls. */
    public boolean mayRecord() {
        return caller.is(Role.STAFF);
    }

    public MeetingForm formFor(Long id) {
        caller.requireStaff();
        return MeetingForm.of(find(id, null));
    }

    /** The latest meeting of a bloc (any meeting when blank) for a period, or null: the synthesis report quotes it. */
    public MeetingDetails latest(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        return list(blocCode, periodId).stream().findFirst().map(r -> details(find(r.id(), null))).orElse(null);
    }

    /** The units a meeting of a bloc concerns (every grassroots unit when the bloc is blank), in Vietnamese order. */
    public List<MeetingDetails.Unit> unitsInScope(String blocCode) {
        caller.requireDistrictReader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.id, o.name FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        WHERE o.active AND (?1 = '' OR b.code = ?1) ORDER BY o.name COLLATE "vi-x-icu\"""")
                .setParameter(1, blocCode == null ? "" : blocCode).getResultList();
        return rows.stream().map(r -> new MeetingDetails.Unit(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** The concluding tasks of the meetings of a bloc (every bloc when blank) in a period: one statement whatever the units. */
    public FollowUp followUp(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        List<AssignmentRow> all = assignments("m.period_id = ?2 AND (?3 = '' OR b.code = ?3)", periodId, blocCode == null ? "" : blocCode);
        Set<Long> meetings = new HashSet<>();
        Set<Long> tasks = new HashSet<>();
        int done = 0;
        int overdue = 0;
        List<AssignmentRow> open = new ArrayList<>();
        for (AssignmentRow a : all) {
            meetings.add(a.meetingId());
            tasks.add(a.taskId());
            if (a.done()) {
                done++;
            } else {
                open.add(a);
                if (a.overdue()) {
                    overdue++;
                }
            }
        }
        return new FollowUp(meetings.size(), tasks.size(), all.size(), done, overdue, open);
    }

    /** The tasks given to the caller's own unit, earliest deadline first (unit secretaries). */
    public List<AssignmentRow> ownTasks() {
        caller.requireSignedIn();
        if (!caller.is(Role.SECRETARY)) {
            throw new AccessDenied("only unit secretaries have their own tasks");
        }
        return assignments("a.organisation_id = ?2", caller.organisationId());
    }

    // ---- recording a meeting

    public Long create(MeetingForm form) {
        caller.requireStaff();
        ReviewMeeting m = new ReviewMeeting(caller.auditName(), clock.instant());
        define(m, form);
        em.persist(m);
        flush();
        audit.record(caller.auditName(), "MEETING", m.getId(), "CREATE", null, summary(m));
        return m.getId();
    }

    public void update(Long id, MeetingForm form) {
        caller.requireStaff();
        ReviewMeeting m = find(id, form.getVersion());
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        Map<String, Object> before = summary(m);
        define(m, form);
        // a change to the units or boards alone is a change too: the next editor with the old version is refused
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        audit.record(caller.auditName(), "MEETING", id, "UPDATE", before, summary(m));
    }

    /** A difficulty or proposal a unit raised at the meeting goes into the issue register. */
    public IssueRow raise(Long meetingId, Long organisationId, String kind, String body) {
        caller.requireStaff();
        ReviewMeeting m = find(meetingId, null);
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || !inScope(m.getBloc(), o)) {
            throw new InvalidInput("organisationId", "meeting.unit.outOfScope");
        }
        return issues.raiseAtMeeting(m.getId(), o, m.getPeriod(), kind, body);
    }

    // ---- concluding tasks

    /** Adds a task for every unit of the meeting's bloc, or for the chosen units; each unit's secretary is told. */
    public Long addTask(Long meetingId, TaskForm form) {
        caller.requireStaff();
        ReviewMeeting m = find(meetingId, null);
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
        flush();
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
        List<FieldError> errors = new ArrayList<>();
        if (!"DONE".equals(status) && !"OPEN".equals(status)) {
            errors.add(new FieldError("status", "field.required"));
        }
        if (text == null) {
            errors.add(new FieldError("note", "field.required"));
        } else if (text.length() > 2000) {
            errors.add(new FieldError("note", "field.tooLong", Map.of("max", 2000)));
        }
        if ("DONE".equals(status)) {
            if (doneOn == null) {
                errors.add(new FieldError("doneOn", "field.required"));
            } else if (doneOn.isAfter(today())) {
                errors.add(new FieldError("doneOn", "meeting.doneOn.future"));
            } else if (doneOn.isBefore(a.getTask().getMeeting().getHeldOn())) {
                errors.add(new FieldError("doneOn", "meeting.doneOn.beforeMeeting",
                        Map.of("date", DATE.format(a.getTask().getMeeting().getHeldOn()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        a.report(status, text, doneOn, caller.auditName(), clock.instant());
        flush();
        audit.record(caller.auditName(), "TASK_ASSIGNMENT", a.getId(), "REPORT", null,
                Map.of("status", status, "note", text, "doneOn", doneOn == null ? "" : doneOn.toString()));
        if ("DONE".equals(status)) {
            notifier.toStaff("TASK_DONE", "notification.taskDone", List.of(a.getOrganisation().getName(), shorten(a.getTask().getBody())), null);
        }
        return assignments("a.id = ?2", a.getId()).get(0);
    }

    // ---- helpers

    private List<AssignmentRow> assignments(String where, Object... parameters) {
        var query = em.createNativeQuery("""
                SELECT a.id, t.id, m.id, m.held_on, m.chair, o.id, o.name, t.body, t.deadline, a.status, a.note, a.done_on,
                       a.reported_by, a.reported_at, a.version,
                       CASE WHEN a.status = 'OPEN' AND t.deadline < ?1 THEN ?1 - t.deadline ELSE 0 END
                FROM task_assignment a
                JOIN meeting_task t ON t.id = a.task_id
                JOIN review_meeting m ON m.id = t.meeting_id
                JOIN organisation o ON o.id = a.organisation_id
                LEFT JOIN bloc b ON b.id = m.bloc_id
                WHERE\s""" + where + """
                \sORDER BY t.deadline, m.held_on, t.position, o.name COLLATE "vi-x-icu\"""");
        query.setParameter(1, java.sql.Date.valueOf(today()));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AssignmentRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((java.sql.Date) r[3]).toLocalDate(), (String) r[4], ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                ((java.sql.Date) r[8]).toLocalDate(), (String) r[9], (String) r[10], r[11] == null ? null : ((java.sql.Date) r[11]).toLocalDate(),
                (String) r[12], r[13] == null ? null : ((Timestamp) r[13]).toInstant(), ((Number) r[14]).longValue(),
                ((Number) r[15]).longValue())).toList();
    }

    private MeetingDetails details(ReviewMeeting m) {
        List<AssignmentRow> all = assignments("m.id = ?2", m.getId());
        List<MeetingDetails.Task> tasks = m.getTasks().stream().map(t -> new MeetingDetails.Task(t.getId(), t.getPosition(), t.getBody(),
                t.getDeadline(), t.isAllUnits(), t.getVersion(), all.stream().filter(a -> a.taskId().equals(t.getId())).toList())).toList();
        List<MeetingDetails.Unit> present = m.getUnits().stream().map(o -> new MeetingDetails.Unit(o.getId(), o.getName()))
                .sorted((a, b) -> VIETNAMESE.compare(a.name(), b.name())).toList();
        String bloc = m.getBloc() == null ? null : m.getBloc().getCode();
        List<IssueRow> raised = issues.raisedAt(m.getId());
        return new MeetingDetails(m.getId(), bloc, m.getPeriod().getId(), m.getPeriod().getCode(), m.getHeldOn(), m.getChair(), m.getPlace(),
                m.getConclusion(), m.getBoards().stream().map(Board::getCode).sorted().toList(), present, unitsInScope(bloc).size(),
                tasks, raised, m.getCreatedBy(), m.getVersion());
    }

    private void define(ReviewMeeting m, MeetingForm form) {
        form.setChair(Text.clean(form.getChair()));
        form.setPlace(Text.clean(form.getPlace()));
        form.setConclusion(Text.clean(form.getConclusion()));
        List<FieldError> findings = new ArrayList<>();
        Bloc bloc = null;
        if (form.getBlocCode() != null && !form.getBlocCode().isBlank()) {
            bloc = em.createQuery("SELECT b FROM Bloc b WHERE b.code = :c", Bloc.class).setParameter("c", form.getBlocCode())
                    .getResultStream().findFirst().orElse(null);
            if (bloc == null) {
                findings.add(new FieldError("blocCode", "field.required"));
            }
        }
        ReportingPeriod period = form.getPeriodId() == null ? null : em.find(ReportingPeriod.class, form.getPeriodId());
        if (form.getPeriodId() != null && period == null) {
            findings.add(new FieldError("periodId", "field.required"));
        }
        if (form.getHeldOn() != null && form.getHeldOn().isAfter(today())) {
            findings.add(new FieldError("heldOn", "meeting.heldOn.future"));
        }
        Set<Board> boards = new LinkedHashSet<>();
        for (String code : form.getBoardCodes()) {
            Board board = em.createQuery("SELECT b FROM Board b WHERE b.code = :c", Board.class).setParameter("c", code)
                    .getResultStream().findFirst().orElse(null);
            if (board == null) {
                findings.add(new FieldError("boardCodes", "account.board.required"));
                break;
            }
            boards.add(board);
        }
        Set<Organisation> units = new LinkedHashSet<>();
        for (Long id : form.getUnitIds()) {
            Organisation o = id == null ? null : em.find(Organisation.class, id);
            if (o == null || !inScope(bloc, o)) {
                findings.add(new FieldError("unitIds", "meeting.unit.outOfScope"));
                break;
            }
            units.add(o);
        }
        validation.require(form, findings);
        m.define(bloc, period, form, boards, units);
    }

    private List<Organisation> checkTask(ReviewMeeting m, TaskForm form, boolean unitsRequired) {
        form.setBody(Text.clean(form.getBody()));
        List<FieldError> findings = new ArrayList<>();
        if (form.getDeadline() != null && m.getHeldOn() != null && form.getDeadline().isBefore(m.getHeldOn())) {
            findings.add(new FieldError("deadline", "meeting.deadline.beforeMeeting", Map.of("date", DATE.format(m.getHeldOn()))));
        }
        List<Organisation> units = new ArrayList<>();
        if (form.isAllUnits()) {
            units.addAll(em.createQuery("""
                            SELECT o FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b
                            WHERE o.active = true AND t.grassroots = true AND (:bloc = '' OR b.code = :bloc)""", Organisation.class)
                    .setParameter("bloc", m.getBloc() == null ? "" : m.getBloc().getCode()).getResultList());
        } else {
            for (Long id : form.getOrganisationIds()) {
                Organisation o = id == null ? null : em.find(Organisation.class, id);
                if (o == null || !inScope(m.getBloc(), o)) {
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
                List.of(shorten(task.getBody()), DATE.format(task.getDeadline())), null, null);
    }

    /** Active grassroots units of the meeting's bloc (of any bloc for a whole-committee meeting). */
    private static boolean inScope(Bloc bloc, Organisation o) {
        return o.isActive() && o.getType().isGrassroots() && (bloc == null || o.getBloc() != null && o.getBloc().getId().equals(bloc.getId()));
    }

    private ReviewMeeting find(Long id, Long expectedVersion) {
        ReviewMeeting m = id == null ? null : em.find(ReviewMeeting.class, id);
        if (m == null) {
            throw new NotFound("meeting " + id);
        }
        if (expectedVersion != null && expectedVersion != m.getVersion()) {
            throw new ConcurrentEdit("meeting " + id + " changed since version " + expectedVersion);
        }
        return m;
    }

    private void flush() {
        Writes.flush(em, "meeting");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.ZONE));
    }

    private static Map<String, Object> summary(ReviewMeeting m) {
        return Map.of("heldOn", String.valueOf(m.getHeldOn()), "chair", String.valueOf(m.getChair()),
                "period", m.getPeriod() == null ? "" : m.getPeriod().getCode(), "units", m.getUnits().size(), "boards", m.getBoards().size());
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
