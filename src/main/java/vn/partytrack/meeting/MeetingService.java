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
import vn.partytrack.organisation.Bloc;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Writes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recording review meetings: district staff record a meeting (when, who chaired, which units came) and the
 * difficulties units raised there, into the issue register. The chair's tasks are {@link TaskService}'s; reading is
 * {@link MeetingRegister}'s.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

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
    IssueRegister issues;

    @Inject
    MeetingRegister meetings;

    /** District staff record meetings, raise items and give tasks; pages ask this to show the editing controls. */
    public boolean mayRecord() {
        return caller.is(Role.STAFF);
    }

    public MeetingForm formFor(Long id) {
        caller.requireStaff();
        return MeetingForm.of(meetings.find(id, null));
    }

    public Long create(MeetingForm form) {
        caller.requireStaff();
        ReviewMeeting m = new ReviewMeeting(caller.auditName(), clock.instant());
        define(m, form);
        em.persist(m);
        Writes.flush(em, "meeting");
        audit.record(caller.auditName(), "MEETING", m.getId(), "CREATE", null, summary(m));
        return m.getId();
    }

    public void update(Long id, MeetingForm form) {
        caller.requireStaff();
        ReviewMeeting m = meetings.find(id, form.getVersion());
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        Map<String, Object> before = summary(m);
        define(m, form);
        // a change to the units or boards alone is a change too: the next editor with the old version is refused
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Writes.flush(em, "meeting");
        audit.record(caller.auditName(), "MEETING", id, "UPDATE", before, summary(m));
    }

    /** A difficulty or proposal a unit raised at the meeting goes into the issue register. */
    public IssueRow raise(Long meetingId, Long organisationId, String kind, String body) {
        caller.requireStaff();
        ReviewMeeting m = meetings.find(meetingId, null);
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || !m.covers(o)) {
            throw new InvalidInput("organisationId", "meeting.unit.outOfScope");
        }
        return issues.raiseAtMeeting(m.getId(), o, m.getPeriod(), kind, body);
    }

    private void define(ReviewMeeting m, MeetingForm form) {
        form.setChair(Text.clean(form.getChair()));
        form.setPlace(Text.clean(form.getPlace()));
        form.setConclusion(Text.clean(form.getConclusion()));
        List<FieldError> findings = new ArrayList<>();
        Bloc bloc = null;
        if (form.getBlocCode() != null && !form.getBlocCode().isBlank()) {
            // a code with a control character is no code (PostgreSQL refuses NUL in a parameter: it was a 500)
            bloc = !form.getBlocCode().equals(Text.clean(form.getBlocCode())) ? null
                    : em.createQuery("SELECT b FROM Bloc b WHERE b.code = :c", Bloc.class).setParameter("c", form.getBlocCode())
                    .getResultStream().findFirst().orElse(null);
            if (bloc == null) {
                findings.add(new FieldError("blocCode", "field.required"));
            }
        }
        ReportingPeriod period = form.getPeriodId() == null ? null : em.find(ReportingPeriod.class, form.getPeriodId());
        if (form.getPeriodId() != null && period == null) {
            findings.add(new FieldError("periodId", "field.required"));
        }
        if (form.getHeldOn() != null && form.getHeldOn().isAfter(Clocks.today(clock))) {
            findings.add(new FieldError("heldOn", "meeting.heldOn.future"));
        }
        Set<Board> boards = new LinkedHashSet<>();
        for (String code : form.getBoardCodes()) {
            Board board = code == null || !code.equals(Text.clean(code)) ? null
                    : em.createQuery("SELECT b FROM Board b WHERE b.code = :c", Board.class).setParameter("c", code)
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
            if (o == null || !ReviewMeeting.covers(bloc, o)) {
                findings.add(new FieldError("unitIds", "meeting.unit.outOfScope"));
                break;
            }
            units.add(o);
        }
        validation.require(form, findings);
        m.define(bloc, period, form, boards, units);
    }

    private static Map<String, Object> summary(ReviewMeeting m) {
        return Map.of("heldOn", String.valueOf(m.getHeldOn()), "chair", String.valueOf(m.getChair()),
                "period", m.getPeriod() == null ? "" : m.getPeriod().getCode(), "units", m.getUnits().size(), "boards", m.getBoards().size());
    }
}
