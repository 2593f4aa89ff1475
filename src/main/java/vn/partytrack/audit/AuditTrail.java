package vn.partytrack.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.platform.Page;
import vn.partytrack.platform.Where;

import java.time.Clock;
import java.util.Map;

/** Records changes inside the caller's transaction, so a change and its audit entry commit or fail together. */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, Long entityId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditEntry(clock.instant(), actor, entityType, entityId, action,
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }

    /** Newest first; administrators only. */
    @Transactional
    public Page<AuditRow> search(String entityType, String actor, int offset, int limit) {
        caller.requireAdmin();
        Where where = new Where().andGiven("e.entityType = :type", "type", blankToNull(entityType))
                .andGiven("e.actor = :actor", "actor", blankToNull(actor));
        TypedQuery<AuditRow> rows = where.bind(em.createQuery("SELECT NEW vn.partytrack.audit.AuditRow(e.id, e.at, e.actor, e.entityType,"
                + " e.entityId, e.action, e.beforeState, e.afterState) FROM AuditEntry e" + where.render() + " ORDER BY e.id DESC", AuditRow.class));
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where.render(), Long.class));
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(), offset, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
