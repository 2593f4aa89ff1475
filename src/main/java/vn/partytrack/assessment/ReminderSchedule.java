package vn.partytrack.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Every morning at 07:00 Hanoi time, the reminders go out. */
@Singleton
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    ReportReminders reminders;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void everyMorning() {
        int sent = reminders.send();
        LOG.info(() -> "Sent " + sent + " report reminders");
    }
}
