package vn.partytrack.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.partytrack.platform.NotFound;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The admission rules (table admission_rule): the one valid on a day, or one by its id. Read when asked: a few rows. */
@ApplicationScoped
public class AdmissionRules {

    @PersistenceContext
    EntityManager em;

    private static final String COLUMNS = "SELECT id, code, name_vi, name_en, sources, valid_from, ceremony_working_days, "
            + "probation_months, recognition_working_days, awareness_valid_years, min_age, max_age FROM admission_rule ";

    /** The rule valid on {@code day}: the latest that started by then, else the earliest there is. */
    public AdmissionRule validAt(LocalDate day) {
        List<AdmissionRule> found = rows(COLUMNS + "WHERE valid_from <= ?1 ORDER BY valid_from DESC, id LIMIT 1", Date.valueOf(day));
        if (found.isEmpty()) {
            found = rows(COLUMNS + "ORDER BY valid_from, id LIMIT 1", null);
        }
        if (found.isEmpty()) {
            throw new NotFound("admission rule");
        }
        return found.get(0);
    }

    public AdmissionRule byId(Long id) {
        List<AdmissionRule> found = rows(COLUMNS + "WHERE id = ?1", id);
        if (found.isEmpty()) {
            throw new NotFound("admission rule " + id);
        }
        return found.get(0);
    }

    private List<AdmissionRule> rows(String sql, Object parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AdmissionRule(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Date) r[5]).toLocalDate(), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]))).toList();
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
