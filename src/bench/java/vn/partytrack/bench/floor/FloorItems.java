package vn.partytrack.bench.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class FloorItems {

    @PersistenceContext
    EntityManager em;

    public long count() {
        return em.createQuery("SELECT COUNT(i) FROM FloorItem i", Long.class).getSingleResult();
    }
}
