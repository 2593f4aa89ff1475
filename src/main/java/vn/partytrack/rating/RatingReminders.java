package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.review.SubmissionReminders;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminds the secretaries of grassroots organisations that have not submitted their self-assessment for the year:
 * once when the deadline is near (PARTYTRACK_REMINDERS_DAYS_BEFORE, as for reports) and once when it has passed,
 * while the year's review is still running (until {@link #OVERDUE_DAYS} days after the deadline). The deadline is the
 * one the board set for the year ({@link RatingDeadlines}). Runs with the report reminders every morning and on
 * demand.
 */
@ApplicationScoped
@Transactional
public class RatingReminders extends SubmissionReminders<Integer> {

    /** How long after the deadline an organisation that has still not assessed itself is reminded (once). */
    static final int OVERDUE_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    RatingDeadlines deadlines;

    public RatingReminders() {
        super("RATING_", OVERDUE_DAYS);
    }

    /** Last year's and this year's deadlines: last year's review may still be running. */
    @Override
    protected List<Deadline<Integer>> deadlines(LocalDate today) {
        return List.of(today.getYear() - 1, today.getYear()).stream()
                .map(year -> new Deadline<>(year, String.valueOf(year), deadlines.of(year).selfAssessmentDue())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Number> notSubmitted(Integer year, LocalDate today) {
        return em.createNativeQuery("""
                        SELECT o.id FROM units_at(?2) o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN rating r ON r.organisation_id = o.id AND r.year = ?1
                        WHERE r.id IS NULL OR r.status = 'DRAFT'
                        ORDER BY o.id""")
                .setParameter(1, year).setParameter(2, Date.valueOf(today)).getResultList();
    }
}
