package vn.partytrack.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The caller's own notifications: newest first, how many are unread, mark as read. */
@ApplicationScoped
@Transactional
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<NotificationRow> latest(int limit, Locale locale) {
        caller.requireSignedIn();
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("a", caller.accountId()).setMaxResults(limit).getResultStream()
                .map(n -> new NotificationRow(n.getId(), n.getCreatedAt(), n.getKind(),
                        Messages.text(locale, n.getMessageKey(), (Object[]) n.getArguments().split(Notifier.SEPARATOR, -1)),
                        n.getReportId(), n.getReadAt() != null))
                .toList();
    }

    public long unread() {
        caller.requireSignedIn();
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL", Long.class)
                .setParameter("a", caller.accountId()).getSingleResult();
    }

    public void markRead(Long id) {
        caller.requireSignedIn();
        Notification n = id == null ? null : em.find(Notification.class, id);
        if (n == null || !n.getAccountId().equals(caller.accountId())) {
            throw new NotFound("notification " + id);
        }
        n.markRead(clock.instant());
    }

    public void markAllRead() {
        caller.requireSignedIn();
        em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL", Notification.class)
                .setParameter("a", caller.accountId()).getResultStream().forEach(n -> n.markRead(clock.instant()));
    }
}
