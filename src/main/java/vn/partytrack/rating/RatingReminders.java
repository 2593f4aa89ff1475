package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.notification.Notifier;
import vn.partytrack.notification.Reminders;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.VietnameseFormat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
public class RatingReminders implements Reminders {

    /** How long after the deadline an organisation that has still not assessed itself is reminded (once). */
    static final int OVERDUE_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "partytrack.reminders.days-before", defaultValue = "3")
    int daysBefore;

    @Inject
    RatingDeadlines deadlines;

    @Override
    public int sendNow() {
        if (!caller.is(Role.STAFF) && !caller.is(Role.ADMIN)) {
            throw new AccessDenied("only district staff send reminders");
        }
        return send();
    }

    /** Sends what is due today; sending twice sends nothing new. */
    @Override
    public int send() {
        LocalDate today = Clocks.today(clock);
        int sent = 0;
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            LocalDate dueDate = deadlines.of(year).selfAssessmentDue();
            long left = ChronoUnit.DAYS.between(today, dueDate);
            String kind;
            if (left >= 0 && left <= daysBefore) {
                kind = "RATING_DUE_SOON";
            } else if (left < 0 && left >= -OVERDUE_DAYS) {
                kind = "RATING_OVERDUE";
            } else {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Number> units = em.createNativeQuery("""
                            SELECT o.id FROM units_at(?2) o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                            LEFT JOIN rating r ON r.organisation_id = o.id AND r.year = ?1
                            WHERE r.id IS NULL OR r.status = 'DRAFT'
                            ORDER BY o.id""")
                    .setParameter(1, year).setParameter(2, Date.valueOf(today)).getResultList();
            for (Number unit : units) {
                sent += notifier.toSecretariesOf(unit.longValue(), kind, "notification." + kind,
                        List.of(String.valueOf(year), VietnameseFormat.date(dueDate), String.valueOf(Math.abs(left))),
                        null, kind + ":" + year + ":" + unit.longValue());
            }
        }
        return sent;
    }
}
