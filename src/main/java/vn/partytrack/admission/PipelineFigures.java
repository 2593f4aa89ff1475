package vn.partytrack.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The report figures a unit's pipeline gives for a period, where the unit keeps its candidates here: new members
 * admitted (ceremonies held in the period: the candidate is a probationary member from the ceremony, statute Art. 5)
 * and members made full (recognitions decided in the period). A unit uses the pipeline for a period when one of its
 * candidates (or its cells') had attended the awareness course by the period's end; otherwise its figures stay typed.
 * Counts only: no names leave this class, so any reader of the report may see them.
 */
@ApplicationScoped
public class PipelineFigures {

    /** The report indicators the pipeline fills in. */
    public static final String ADMITTED = "ADMITTED";
    public static final String MADE_FULL = "MADE_FULL";

    @PersistenceContext
    EntityManager em;

    /** The figures of a period, when the unit uses the pipeline for it. */
    public record Figures(int admitted, int madeFull) {
    }

    public Optional<Figures> of(Long organisationId, LocalDate start, LocalDate end) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE c.ceremony_date BETWEEN ?2 AND ?3),
                               count(*) FILTER (WHERE c.recognition_date BETWEEN ?2 AND ?3),
                               count(*) FILTER (WHERE c.awareness_date <= ?3)
                        FROM organisation u JOIN organisation o ON o.path LIKE u.path || '%'
                        JOIN candidate c ON c.organisation_id = o.id
                        WHERE u.id = ?1""")
                .setParameter(1, organisationId).setParameter(2, Date.valueOf(start)).setParameter(3, Date.valueOf(end))
                .getSingleResult();
        if (((Number) r[2]).longValue() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Figures(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
    }
}
