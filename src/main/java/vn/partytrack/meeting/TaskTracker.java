package vn.partytrack.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.sql.Date;

/** Reading the chair's tasks and each unit's share: the follow-up of a bloc and period, a secretary's own tasks. */
@ApplicationScoped
@Transactional
public class TaskTracker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

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

    /** Every unit's share of the tasks of a meeting (the caller has been checked). */
    List<AssignmentRow> assignmentsOf(Long meetingId) {
        return assignments("m.id = ?2", meetingId);
    }

    /** One unit's share of a task as it stands (the caller has been checked). */
    AssignmentRow assignment(Long assignmentId) {
        return assignments("a.id = ?2", assignmentId).get(0);
    }

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
                \sORDER BY t.deadline, m.held_on, t.position, o.name COLLATE "vi-x-icu", a.id""");
        query.setParameter(1, Date.valueOf(Clocks.today(clock)));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AssignmentRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Date) r[3]).toLocalDate(), (String) r[4], ((Number) r[5]).longValue(), (String) r[6], (String) r[7],
                ((Date) r[8]).toLocalDate(), (String) r[9], (String) r[10], r[11] == null ? null : ((Date) r[11]).toLocalDate(),
                (String) r[12], r[13] == null ? null : ((Timestamp) r[13]).toInstant(), ((Number) r[14]).longValue(),
                ((Number) r[15]).longValue())).toList();
    }
}
