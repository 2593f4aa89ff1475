package vn.partytrack.assessment;

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
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.VietnameseFormat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reminds the secretaries of units that have not submitted: once when the due date is near
 * (PARTYTRACK_REMINDERS_DAYS_BEFORE, default 3 days) and once when it has passed. Runs every morning and on demand.
 */
@ApplicationScoped
@Transactional
public class ReportReminders implements Reminders {

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

    /** For staff and administrators who want the reminders to go out now. Returns how many were sent. */
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
        for (ReportingPeriod period : em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.open = true", ReportingPeriod.class).getResultList()) {
            long left = ChronoUnit.DAYS.between(today, period.getDueDate());
            String kind;
            if (left >= 0 && left <= daysBefore) {
                kind = "DUE_SOON";
            } else if (left < 0) {
                kind = "OVERDUE";
            } else {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Number> units = em.createNativeQuery("""
                            SELECT o.id FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                            LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = ?1
                            WHERE o.active AND (r.id IS NULL OR r.status = 'DRAFT')""")
                    .setParameter(1, period.getId()).getResultList();
            for (Number unit : units) {
                sent += notifier.toSecretariesOf(unit.longValue(), kind, "notification." + kind,
                        List.of(period.getNameVi(), VietnameseFormat.date(period.getDueDate()), String.valueOf(Math.abs(left))),
                        null, kind + ":" + period.getId() + ":" + unit.longValue());
            }
        }
        return sent;
    }
}
