package vn.partytrack.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.notification.Inbox;
import vn.partytrack.notification.NotificationRow;
import vn.partytrack.notification.Reminders;
import vn.partytrack.platform.Messages;

import java.util.List;

/** /api/v1/notifications: the caller's own notifications; /api/v1/notifications/reminders sends due reminders now. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    Inbox inbox;

    @Inject
    @Any
    Instance<Reminders> reminders;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's latest notifications, in their language")
    public List<NotificationRow> latest() {
        return inbox.latest(100, Messages.supported(headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0)));
    }

    @POST
    @Path("{id}/read")
    public void markRead(@PathParam("id") long id) {
        inbox.markRead(id);
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Send the due and overdue reminders now, of reports and of ratings' self-assessments (district staff, administrators); returns how many")
    public int sendReminders() {
        return reminders.stream().mapToInt(Reminders::sendNow).sum();
    }
}
