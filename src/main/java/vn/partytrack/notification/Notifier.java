package vn.partytrack.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.platform.Messages;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Writes notifications inside the caller's transaction and asks for the matching e-mail once it commits. A
 * dedupe key makes a reminder idempotent: the same key is never delivered twice to the same account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    static final String SEPARATOR = "\u001F";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Mail> mails;

    /** To the secretaries of one organisation. Returns how many were notified. */
    public int toSecretariesOf(Long organisationId, String kind, String messageKey, List<String> arguments, Long reportId, String dedupeKey) {
        return toSecretariesOf(List.of(organisationId), kind, messageKey, arguments, reportId, dedupeKey);
    }

    /** To the secretaries of several organisations, found in one statement. Returns how many were notified. */
    public int toSecretariesOf(Collection<Long> organisationIds, String kind, String messageKey, List<String> arguments,
                               Long reportId, String dedupeKey) {
        if (organisationIds.isEmpty()) {
            return 0;
        }
        return deliver(em.createQuery("SELECT a.id, a.email FROM Account a WHERE a.role = vn.partytrack.account.Role.SECRETARY"
                        + " AND a.organisation.id IN :o AND a.enabled = true", Object[].class)
                .setParameter("o", organisationIds).getResultList(), kind, messageKey, arguments, reportId, dedupeKey);
    }

    /**
     * To the board staff who oversee a unit: those of the whole registry, and those of a committee that reaches the unit
     * (it sits under their committee today); nothing to another ward's staff.
     */
    public int toStaff(Long organisationId, String kind, String messageKey, List<String> arguments, Long reportId) {
        return deliver(em.createQuery("SELECT a.id, a.email FROM Account a LEFT JOIN a.committee c WHERE a.role = vn.partytrack.account.Role.STAFF"
                        + " AND a.enabled = true AND (c.id IS NULL OR FUNCTION('pt_reaches', :unit, CONCAT(c.path, '%')) = 1)", Object[].class)
                        .setParameter("unit", organisationId).getResultList(),
                kind, messageKey, arguments, reportId, null);
    }

    /** To one account (its owner), e.g. that it was locked. */
    public int toAccount(Long accountId, String email, String kind, String messageKey, List<String> arguments) {
        return deliver(List.<Object[]>of(new Object[]{accountId, email}), kind, messageKey, arguments, null, null);
    }

    private int deliver(List<Object[]> recipients, String kind, String messageKey, List<String> arguments, Long reportId, String dedupeKey) {
        int delivered = 0;
        for (Object[] recipient : recipients) {
            Long accountId = (Long) recipient[0];
            String key = dedupeKey == null ? null : dedupeKey + ":" + accountId;
            if (key != null && !em.createQuery("SELECT n.id FROM Notification n WHERE n.dedupeKey = :k", Long.class)
                    .setParameter("k", key).getResultList().isEmpty()) {
                continue;
            }
            em.persist(new Notification(accountId, clock.instant(), kind, messageKey, String.join(SEPARATOR, arguments), reportId, key));
            String text = Messages.text(Messages.VIETNAMESE, messageKey, arguments.toArray());
            mails.fire(new Mail((String) recipient[1], "[PartyTrack] " + Messages.text(Messages.VIETNAMESE, "mail.subject." + kind), text));
            delivered++;
        }
        return delivered;
    }
}
