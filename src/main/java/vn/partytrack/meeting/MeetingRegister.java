package vn.partytrack.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.assessment.IssueRegister;
import vn.partytrack.assessment.IssueRow;
import vn.partytrack.organisation.Board;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.NotFound;

import java.text.Collator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.sql.Date;

/** Reading review meetings (district readers): the list, one meeting with its tasks and raised items, the units in scope. */
@ApplicationScoped
@Transactional
public class MeetingRegister {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    IssueRegister issues;

    @Inject
    TaskTracker tracker;

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
                          AND (?4 = '' OR EXISTS (SELECT 1 FROM review_meeting_unit x WHERE x.meeting_id = m.id
                                                  AND pt_reaches(x.organisation_id, ?4) = 1))
                        GROUP BY m.id, b.code, p.id, p.code
                        ORDER BY m.held_on DESC, m.id DESC""")
                .setParameter(1, blocCode == null ? "" : blocCode).setParameter(2, periodId == null ? -1L : periodId)
                .setParameter(3, Date.valueOf(Clocks.today(clock)))
                // a committee's staff see the meetings their units took part in
                .setParameter(4, caller.committeePath() == null ? "" : caller.committeePath()).getResultList();
        return rows.stream().map(r -> new MeetingRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                ((Date) r[4]).toLocalDate(), (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).intValue())).toList();
    }

    public MeetingDetails get(Long id) {
        caller.requireDistrictReader();
        ReviewMeeting meeting = find(id, null);
        if (caller.committeePath() != null && ((Number) em.createNativeQuery("SELECT count(*) FROM review_meeting_unit x"
                + " WHERE x.meeting_id = ?1 AND pt_reaches(x.organisation_id, ?2) = 1").setParameter(1, id)
                .setParameter(2, caller.committeePath()).getSingleResult()).intValue() == 0) {
            throw new AccessDenied("meeting " + id + " concerns none of the caller's units");
        }
        return details(meeting);
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

    /** The meeting, checked against the version the editor started from when one is given (no access check). */
    ReviewMeeting find(Long id, Long expectedVersion) {
        ReviewMeeting m = id == null ? null : em.find(ReviewMeeting.class, id);
        if (m == null) {
            throw new NotFound("meeting " + id);
        }
        if (expectedVersion != null && expectedVersion != m.getVersion()) {
            throw new ConcurrentEdit("meeting " + id + " changed since version " + expectedVersion);
        }
        return m;
    }

    private MeetingDetails details(ReviewMeeting m) {
        List<AssignmentRow> all = tracker.assignmentsOf(m.getId());
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
}
