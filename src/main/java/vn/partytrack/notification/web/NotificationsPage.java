package vn.partytrack.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.notification.Inbox;
import vn.partytrack.notification.NotificationRow;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** The caller's notifications, newest first. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    @Inject
    Inbox inbox;

    private List<NotificationRow> rows;

    public List<NotificationRow> getRows() {
        if (rows == null) {
            rows = inbox.latest(200, FacesFeedback.locale());
        }
        return rows;
    }

    public void markAllRead() {
        inbox.markAllRead();
        rows = null;
    }
}
