package vn.partytrack.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.review.SubmissionReminders;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminds the secretaries of units that have not submitted their report for an open period: once when the due date
 * is near and once when it has passed (for as long as the period is open). Runs every morning and on demand.
 */
@ApplicationScoped
@Transactional
public class ReportReminders extends SubmissionReminders<Long> {

    @PersistenceContext
    EntityManager em;

    public ReportReminders() {
        super("", Long.MAX_VALUE);
    }

    @Override
    protected List<Deadline<Long>> deadlines(LocalDate today) {
        return em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.open = true", ReportingPeriod.class).getResultList()
                .stream().map(p -> new Deadline<>(p.getId(), p.getNameVi(), p.getDueDate())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Number> notSubmitted(Long period, LocalDate today) {
        return em.createNativeQuery("""
                        SELECT o.id FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN report r ON r.organisation_id = o.id AND r.period_id = ?1
                        WHERE o.active AND (r.id IS NULL OR r.status = 'DRAFT')""")
                .setParameter(1, period).getResultList();
    }
}
