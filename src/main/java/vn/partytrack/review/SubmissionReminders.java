package vn.partytrack.review;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.notification.Notifier;
import vn.partytrack.notification.Reminders;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.VietnameseFormat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reminds the secretaries of the units that have not submitted a reviewed record by its deadline: once when the
 * deadline is near (PARTYTRACK_REMINDERS_DAYS_BEFORE, default 3 days) and once when it has passed. A kind says only
 * what is its own: its deadlines, who has not submitted, the prefix of its notification kinds and how long after the
 * deadline it still reminds.
 *
 * @param <K> what tells one deadline from another in the reminders' dedupe key (a period's id, a year)
 */
public abstract class SubmissionReminders<K> implements Reminders {

    /** One deadline: its key, what the reminder names it by (a period's name, a year) and its day. */
    public record Deadline<K>(K key, String name, LocalDate due) {
    }

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "partytrack.reminders.days-before", defaultValue = "3")
    int daysBefore;

    private final String kindPrefix;
    private final long overdueDays;

    /**
     * @param kindPrefix  before DUE_SOON and OVERDUE in the notification kinds ("" for reports, "RATING_")
     * @param overdueDays how many days after the deadline a unit is still reminded (once)
     */
    protected SubmissionReminders(String kindPrefix, long overdueDays) {
        this.kindPrefix = kindPrefix;
        this.overdueDays = overdueDays;
    }

    /** The deadlines that may be due or overdue today. */
    protected abstract List<Deadline<K>> deadlines(LocalDate today);

    /** The units that have not submitted for a deadline (none yet, or only a draft). */
    protected abstract List<Number> notSubmitted(K key, LocalDate today);

    /** For staff and administrators who want the reminders to go out now. Returns how many were sent. */
    @Override
    public int sendNow() {
        if (!caller.is(Role.STAFF) && !caller.is(Role.ADMIN)) {
            throw new AccessDenied("only district staff send reminders");
        }
        return send();
    }

    /** Sends what is due today; sending twice sends nothing new. */
    @Override
    public int send() {
        LocalDate today = Clocks.today(clock);
        int sent = 0;
        for (Deadline<K> deadline : deadlines(today)) {
            long left = ChronoUnit.DAYS.between(today, deadline.due());
            String kind;
            if (left >= 0 && left <= daysBefore) {
                kind = kindPrefix + "DUE_SOON";
            } else if (left < 0 && left >= -overdueDays) {
                kind = kindPrefix + "OVERDUE";
            } else {
                continue;
            }
            for (Number unit : notSubmitted(deadline.key(), today)) {
                sent += notifier.toSecretariesOf(unit.longValue(), kind, "notification." + kind,
                        List.of(deadline.name(), VietnameseFormat.date(deadline.due()), String.valueOf(Math.abs(left))),
                        null, kind + ":" + deadline.key() + ":" + unit.longValue());
            }
        }
        return sent;
    }
}
