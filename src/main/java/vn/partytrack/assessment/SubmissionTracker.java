package vn.partytrack.assessment;

import vn.partytrack.review.Timeliness;
import vn.partytrack.review.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.Scope;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.KeptFigures;
import vn.partytrack.platform.NotFound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** "What is due, late or missing?": one SQL statement per view, whatever the number of units. */
@ApplicationScoped
@Transactional
public class SubmissionTracker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    KeptFigures kept;

    public TrackerView track(Long periodId, String blocCode, String sectorCode) {
        return track(periodId, Scope.bloc(blocCode), sectorCode);
    }

    /**
     * Every grassroots unit of the scope for one period, with the counts on top: the units as they stood at the
     * period's cut-off, with their code, name, bloc, sector and superior committee of that day.
     */
    public TrackerView track(Long periodId, Scope asToday, String sectorCode) {
        caller.requireDistrictReader();
        ReportingPeriod period = periodId == null ? null : em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new NotFound("period " + periodId);
        }
        LocalDate today = Clocks.today(clock);
        return kept.get(() -> track(period, asToday, sectorCode == null ? "" : sectorCode, today), "tracker", asToday,
                periodId, sectorCode == null ? "" : sectorCode, today);
    }

    /** The tracker computed now (access checked). */
    private TrackerView track(ReportingPeriod period, Scope asToday, String sectorCode, LocalDate today) {
        Scope scope = asToday.at(em, period.standDate());
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                        SELECT o.id, o.code, o.name, s.code, r.id, r.status, r.first_submitted_at,
                               r.unlock_requested_at IS NOT NULL,
                               (SELECT e.comment FROM report_event e WHERE e.report_id = r.id AND r.status = 'RETURNED'
                                  AND e.action IN ('RETURN', 'GRANT_UNLOCK') ORDER BY e.at DESC, e.id DESC LIMIT 1)
                        FROM units_at(?5) o
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        LEFT JOIN sector s ON s.id = o.sector_id
                        LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = ?1
                        WHERE (?2 = '' OR b.code = ?2) AND (?3 = '' OR s.code = ?3)
                          AND o.path LIKE ?4
                        ORDER BY o.name""")
                .setParameter(1, period.getId())
                .setParameter(2, scope.bloc())
                .setParameter(4, scope.under())
                .setParameter(3, sectorCode)
                .setParameter(5, java.sql.Date.valueOf(period.standDate()))
                .getResultList();
        List<ReportRow> rows = new ArrayList<>();
        int submitted = 0, onTime = 0, late = 0, awaiting = 0, returned = 0, accepted = 0, missing = 0, overdue = 0;
        for (Object[] r : result) {
            ReviewStatus status = r[5] == null ? null : ReviewStatus.valueOf((String) r[5]);
            Instant first = r[6] == null ? null : ((Timestamp) r[6]).toInstant();
            Timeliness timeliness = Timeliness.of(period.getDueDate(), first, today);
            ReportRow row = new ReportRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    period.getId(), period.getCode(), period.getNameVi(), period.getNameEn(), period.getDueDate(),
                    period.isOpen(), r[4] == null ? null : ((Number) r[4]).longValue(), status, first, timeliness,
                    (String) r[8], Boolean.TRUE.equals(r[7]));
            rows.add(row);
            if (timeliness.submitted()) {
                submitted++;
                if (timeliness.state() == Timeliness.State.ON_TIME) {
                    onTime++;
                } else {
                    late++;
                }
            }
            if (status != null && status.awaitingReview()) {
                awaiting++;
            }
            if (status == ReviewStatus.RETURNED) {
                returned++;
            }
            if (status != null && status.accepted()) {
                accepted++;
            }
            if (row.missing()) {
                missing++;
                if (timeliness.state() == Timeliness.State.OVERDUE) {
                    overdue++;
                }
            }
        }
        return new TrackerView(period.getId(), List.copyOf(rows),
                new TrackerView.Counts(rows.size(), submitted, onTime, late, awaiting, returned, accepted, missing, overdue));
    }
}
