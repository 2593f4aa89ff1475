package vn.partytrack.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays (table {@code public_holiday}, V33) the admission deadlines skip. Read once per service call that
 * computes deadlines (a few dozen rows), never per day counted and never cached: a day staff add with SQL counts from
 * the next request on, no restart.
 */
@ApplicationScoped
public class PublicHolidays {

    @PersistenceContext
    EntityManager em;

    /** Every holiday on record. */
    public Set<LocalDate> days() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT day FROM public_holiday").getResultList();
        Set<LocalDate> days = new HashSet<>();
        for (Object r : rows) {
            days.add(r instanceof Date d ? d.toLocalDate() : (LocalDate) r);
        }
        return Set.copyOf(days);
    }
}
