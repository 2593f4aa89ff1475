package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * The day of each rated year by which the grassroots organisations send their self-assessment: set by the
 * organisation board in its plan (staff, administrators), otherwise the configured month and day
 * (PARTYTRACK_RATING_SELF_ASSESSMENT_DUE, default 12-15).
 */
@ApplicationScoped
@Transactional
public class RatingDeadlines {

    /** A year's deadline, and whether the board set it (false: the configured default). */
    public record Deadline(int year, LocalDate selfAssessmentDue, boolean set) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "partytrack.rating.self-assessment-due", defaultValue = "12-15")
    String defaultDue;

    /** A year's deadline as the pages and the API show it, to anyone signed in. */
    public Deadline read(int year) {
        caller.requireSignedIn();
        return of(year);
    }

    Deadline of(int year) {
        requireYear(year);
        @SuppressWarnings("unchecked")
        List<Date> set = em.createNativeQuery("SELECT self_assessment_due FROM rating_deadline WHERE year = ?1")
                .setParameter(1, year).getResultList();
        return set.isEmpty() ? new Deadline(year, MonthDay.parse("--" + defaultDue.strip()).atYear(year), false)
                : new Deadline(year, set.get(0).toLocalDate(), true);
    }

    /** Sets a year's deadline: a day of that year or of the first quarter after it. */
    public Deadline set(int year, LocalDate due) {
        if (!caller.is(Role.STAFF) && !caller.is(Role.ADMIN)) {
            throw new AccessDenied("only the organisation board sets the rating deadline");
        }
        requireYear(year);
        if (due == null) {
            throw new InvalidInput("selfAssessmentDue", "field.required");
        }
        if (due.getYear() != year && !(due.getYear() == year + 1 && due.getMonthValue() <= 3)) {
            throw new InvalidInput(List.of(new FieldError("selfAssessmentDue", "rating.deadline.outOfYear", Map.<String, Object>of("year", year))));
        }
        Deadline before = of(year);
        em.createNativeQuery("""
                        INSERT INTO rating_deadline (year, self_assessment_due, set_by, set_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (year) DO UPDATE SET self_assessment_due = EXCLUDED.self_assessment_due,
                            set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .setParameter(1, year).setParameter(2, Date.valueOf(due)).setParameter(3, caller.auditName())
                .setParameter(4, java.sql.Timestamp.from(clock.instant())).executeUpdate();
        audit.record(caller.auditName(), "RATING_DEADLINE", (long) year, "SET",
                Map.of("selfAssessmentDue", before.selfAssessmentDue().toString()), Map.of("selfAssessmentDue", due.toString()));
        return of(year);
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "rating.year.noRuleSet");
        }
    }
}
