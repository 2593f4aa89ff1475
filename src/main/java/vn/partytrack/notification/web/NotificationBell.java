package vn.partytrack.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.notification.Inbox;

/** The unread count in the header, counted once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = caller.isSignedIn() ? inbox.unread() : 0L;
        }
        return unread;
    }
}
