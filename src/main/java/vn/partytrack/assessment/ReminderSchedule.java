package vn.partytrack.assessment;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.partytrack.notification.Reminders;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.DatabaseMigration;

import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every morning at 07:00 Hanoi time, the reminders go out. Scheduled on the server's managed scheduled executor when
 * the application starts, and cancelled when it stops. Each instance of a cluster runs it too: a reminder already sent
 * is not sent again ({@link Reminders#send()}), and when two instances send at the same moment the notification's
 * unique key lets one of them commit; the other's run fails, is logged, and the next morning comes as usual.
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    /** Minute 0 of hour 7, every day, in Hanoi. */
    static CronTrigger everyMorningAtSeven() {
        return new CronTrigger("0 7 * * *", Clocks.ZONE);
    }

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @Any
    Instance<Reminders> reminders;

    private volatile ScheduledFuture<?> scheduled;

    void start(@Observes @Priority(DatabaseMigration.PRIORITY + 200) @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (scheduled != null) {
            return; // one schedule per application, whatever fires the start twice
        }
        CronTrigger trigger = everyMorningAtSeven();
        scheduled = executor.schedule(this::everyMorning, trigger);
        LOG.info(() -> "Reminders go out every day at 07:00 Hanoi time; next at "
                + trigger.getNextRunTime(null, ZonedDateTime.now(Clocks.ZONE)));
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    void everyMorning() {
        for (Reminders kind : reminders) {
            try {
                int sent = kind.send();
                LOG.info(() -> "Sent " + sent + " reminders (" + kind.getClass().getSimpleName() + ")");
            } catch (RuntimeException e) {
                // the other kinds and the next morning still run: a failed run does not cancel the schedule
                LOG.log(Level.WARNING, "The morning's reminders failed", e);
            }
        }
    }
}
