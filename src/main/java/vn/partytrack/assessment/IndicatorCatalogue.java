package vn.partytrack.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The report's sections, active indicators and rules, in order, read from the catalogue tables. */
@Named
@ApplicationScoped
public class IndicatorCatalogue {

    @PersistenceContext
    EntityManager em;

    public List<ReportSection> sections() {
        return em.createQuery("SELECT s FROM ReportSection s ORDER BY s.sortOrder", ReportSection.class).getResultList();
    }

    public List<Indicator> indicators() {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.active = true ORDER BY i.sortOrder", Indicator.class).getResultList();
    }

    public List<IndicatorRule> rules() {
        return em.createQuery("SELECT r FROM IndicatorRule r WHERE r.active = true ORDER BY r.code", IndicatorRule.class).getResultList();
    }
}
