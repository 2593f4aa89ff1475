package vn.partytrack.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.notification.Notifier;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Where;
import vn.partytrack.review.ReviewStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The register of difficulties and proposals units raised in their submitted reports or at a review meeting: district
 * staff give each an owning board, a response and a status; the unit sees the answer on its report and in the register.
 */
@ApplicationScoped
@Transactional
public class IssueRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    /**
     * Items of submitted reports for a period (all periods when null), a bloc (the unit's at the cut-off of the
     * item's period) and a status; a secretary sees their own.
     */
    public List<IssueRow> list(Long periodId, String blocCode, String status) {
        caller.requireSignedIn();
        Where where = new Where().and("(r.id IS NULL OR r.review.status <> vn.partytrack.review.ReviewStatus.DRAFT)")
                .ownOnly(caller.is(Role.SECRETARY), "o.id", caller.organisationId())
                .reach("o.id", caller.committeePath())
                .andGiven("p.id = :period", "period", periodId)
                // the unit's bloc as it stood at the cut-off of the item's period
                .andGiven("SQL('(SELECT ub.code FROM units_at(?) u JOIN bloc ub ON ub.id = u.bloc_id WHERE u.id = ?)', p.cutoffDate, o.id) = :bloc",
                        "bloc", blocCode)
                .andGiven("i.status = :status", "status", status);
        var query = em.createQuery("SELECT NEW vn.partytrack.assessment.IssueRow(i.id, r.id, i.meetingId, o.id, o.name, p.code, i.kind, i.body,"
                + " ob.code, i.response, i.status, i.respondedBy, i.respondedAt, i.version)"
                + " FROM ReportItem i LEFT JOIN i.report r JOIN i.organisation o JOIN i.period p LEFT JOIN i.ownerBoard ob"
                + where.render() + " ORDER BY p.dueDate DESC, o.name, i.position, i.id", IssueRow.class);
        return where.bind(query).getResultList();
    }

    /** The items raised at a review meeting, in the order they were entered (district readers). */
    public List<IssueRow> raisedAt(Long meetingId) {
        caller.requireDistrictReader();
        return em.createQuery("SELECT i FROM ReportItem i JOIN FETCH i.organisation JOIN FETCH i.period LEFT JOIN FETCH i.ownerBoard"
                        + " WHERE i.meetingId = :m ORDER BY i.position", ReportItem.class)
                .setParameter("m", meetingId).getResultStream().map(IssueRegister::row).toList();
    }

    /** District staff register and answer an item. */
    public IssueRow answer(Long itemId, String boardCode, String response, String status, Long expectedVersion) {
        caller.requireStaff();
        ReportItem item = itemId == null ? null : em.find(ReportItem.class, itemId);
        if (item == null || item.getReport() != null && item.getReport().getStatus() == ReviewStatus.DRAFT) {
            throw new NotFound("issue " + itemId);
        }
        caller.requireRead(item.getOrganisation());
        if (expectedVersion != null && expectedVersion != item.getVersion()) {
            throw new ConcurrentEdit("issue " + itemId + " changed since version " + expectedVersion);
        }
        List<FieldError> errors = new ArrayList<>();
        Board board = boardCode == null || boardCode.isBlank() ? null
                : em.createQuery("SELECT b FROM Board b WHERE b.code = :c", Board.class).setParameter("c", boardCode)
                .getResultStream().findFirst().orElse(null);
        if (board == null) {
            errors.add(new FieldError("boardCode", "account.board.required"));
        }
        String text = Text.clean(response);
        if (text != null && text.length() > 2000) {
            errors.add(new FieldError("response", "field.tooLong", Map.of("max", 2000)));
        }
        if (!IssueStatus.known(status)) {
            errors.add(new FieldError("status", "field.required"));
        } else if (!IssueStatus.OPEN.is(status) && text == null) {
            errors.add(new FieldError("response", "issue.response.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        item.answer(board, text, status, caller.auditName(), clock.instant());
        em.flush();
        audit.record(caller.auditName(), "ISSUE", item.getId(), "ANSWER", null,
                Map.of("board", boardCode, "status", status, "response", text == null ? "" : text));
        if (text != null) {
            notifier.toSecretariesOf(item.getOrganisation().getId(), "ISSUE_ANSWERED", "notification.issueAnswered",
                    List.of(item.getBody().length() > 80 ? item.getBody().substring(0, 80) + "…" : item.getBody(), text),
                    item.getReport() == null ? null : item.getReport().getId(), null);
        }
        return row(item);
    }

    /**
     * Enters a difficulty or proposal a unit raised at a review meeting of a period (district staff; the meeting
     * component has checked the meeting and the unit).
     */
    public IssueRow raiseAtMeeting(Long meetingId, Organisation organisation, ReportingPeriod period, String kind, String body) {
        caller.requireStaff();
        caller.requireRead(organisation);
        List<FieldError> errors = new ArrayList<>();
        ReportItemKind itemKind = null;
        try {
            itemKind = kind == null ? null : ReportItemKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (itemKind == null) {
            errors.add(new FieldError("kind", "field.required"));
        }
        String text = Text.clean(body);
        if (text == null) {
            errors.add(new FieldError("body", "field.required"));
        } else if (text.length() > 2000) {
            errors.add(new FieldError("body", "field.tooLong", Map.of("max", 2000)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int position = ((Number) em.createQuery("SELECT count(i) FROM ReportItem i WHERE i.meetingId = :m")
                .setParameter("m", meetingId).getSingleResult()).intValue() + 1;
        ReportItem item = new ReportItem(meetingId, organisation, period, itemKind, position, text);
        em.persist(item);
        em.flush();
        audit.record(caller.auditName(), "ISSUE", item.getId(), "RAISE", null,
                Map.of("meeting", meetingId, "organisation", organisation.getId(), "kind", kind, "body", text));
        return row(item);
    }

    private static IssueRow row(ReportItem item) {
        Organisation o = item.getOrganisation();
        return new IssueRow(item.getId(), item.getReport() == null ? null : item.getReport().getId(), item.getMeetingId(), o.getId(),
                o.getName(), item.getPeriod().getCode(), item.getKind(), item.getBody(),
                item.getOwnerBoard() == null ? null : item.getOwnerBoard().getCode(), item.getResponse(), item.getStatus(),
                item.getRespondedBy(), item.getRespondedAt(), item.getVersion());
    }
}
