package vn.partytrack.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.notification.Notifier;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Opened;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Writes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The review's use cases, the same for every {@link Reviewed} kind: open (or create) a unit's record, submit, return,
 * accept, lock, ask for and decide an unlock, comment. Each checks the caller first, saves, and tells the other side.
 * The services of each kind find the record (with the version the caller decided on) and add their own checks.
 */
@ApplicationScoped
@Transactional
public class ReviewStep {

    /** The longest reason or comment, in characters. */
    public static final int MAX_REASON = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    /** The organisation, its row locked so that a double click opens one record, not two; null when there is none. */
    public Organisation lockOrganisation(Long organisationId) {
        return organisationId == null ? null : em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Opens the organisation's one record of a kind: the existing one for whoever may read it, or a new one made by
     * {@code create} for its secretary (and district staff when {@code staffMayCreate}).
     */
    public <R> Opened open(Organisation organisation, R existing, Function<R, Long> id, boolean staffMayCreate,
                           Supplier<R> create) {
        if (existing != null) {
            caller.requireRead(organisation);
            return new Opened(id.apply(existing), false);
        }
        if (!(staffMayCreate && caller.is(Role.STAFF))) {
            caller.requireSecretaryOf(organisation);
        }
        R record = create.get();
        em.persist(record);
        Writes.flush(em, "record");
        return new Opened(id.apply(record), true);
    }

    /** The unit's secretary submits, after {@code prepare} (saving the form sent with it, checking it is complete). */
    public <R extends Reviewed> R submit(R record, Consumer<R> prepare) {
        caller.requireSecretaryOf(record.organisation());
        prepare.accept(record);
        record.submit(caller.auditName(), clock.instant());
        flush(record);
        notifier.toStaff(record.organisation().getId(), record.kind().notificationKind("SUBMITTED"), record.kind().messageKey("Submitted"),
                List.of(record.organisation().getName(), record.subject()), record.notificationLink());
        return record;
    }

    /** Board staff return it with a reason; the unit's secretaries are told why. */
    public <R extends Reviewed> R returnForCorrection(Supplier<R> find, String reason) {
        caller.requireStaff();
        String clean = reason("reason", reason);
        R record = find.get();
        caller.requireRead(record.organisation());
        record.returnForCorrection(caller.auditName(), clean, clock.instant());
        flush(record);
        notifier.toSecretariesOf(record.organisation().getId(), record.kind().notificationKind("RETURNED"),
                record.kind().messageKey("Returned"), List.of(record.subject(), clean), record.notificationLink(), null);
        return record;
    }

    public <R extends Reviewed> R accept(Supplier<R> find) {
        caller.requireStaff();
        R record = find.get();
        caller.requireRead(record.organisation());
        record.accept(caller.auditName(), clock.instant());
        flush(record);
        return record;
    }

    /** Accepts each of these that awaits review; returns how many were accepted. */
    public <R extends Reviewed> int acceptAll(List<Long> ids, Function<Long, R> find) {
        caller.requireStaff();
        int accepted = 0;
        var now = clock.instant();
        for (Long id : ids) {
            R record = find.apply(id);
            caller.requireRead(record.organisation());
            if (record.getStatus().awaitingReview()) {
                record.accept(caller.auditName(), now);
                accepted++;
            }
        }
        Writes.flush(em, "record");
        return accepted;
    }

    public <R extends Reviewed> R lock(Supplier<R> find) {
        caller.requireStaff();
        R record = find.get();
        caller.requireRead(record.organisation());
        record.lock(caller.auditName(), clock.instant());
        flush(record);
        return record;
    }

    /** The unit's secretary asks to reopen an accepted record, with a reason; staff are told. */
    public <R extends Reviewed> R requestUnlock(R record, String reason) {
        caller.requireSecretaryOf(record.organisation());
        String clean = reason("reason", reason);
        record.requestUnlock(caller.auditName(), clean, clock.instant());
        flush(record);
        notifier.toStaff(record.organisation().getId(), "UNLOCK_REQUESTED", record.kind().messageKey("UnlockRequested"),
                List.of(record.organisation().getName(), record.subject(), clean), record.notificationLink());
        return record;
    }

    /** Staff grant (a comment optional) or refuse (a reason required) an unlock; the unit's secretaries are told. */
    public <R extends Reviewed> R decideUnlock(Supplier<R> find, boolean grant, String comment) {
        caller.requireStaff();
        if (!grant || (comment != null && !comment.isBlank())) {
            comment = reason("reason", comment);
        }
        R record = find.get();
        caller.requireRead(record.organisation());
        if (grant) {
            record.grantUnlock(caller.auditName(), comment, clock.instant());
        } else {
            record.refuseUnlock(caller.auditName(), comment, clock.instant());
        }
        flush(record);
        notifier.toSecretariesOf(record.organisation().getId(), "UNLOCK_DECIDED",
                record.kind().messageKey(grant ? "UnlockGranted" : "UnlockRefused"),
                List.of(record.subject(), comment == null ? "" : comment), record.notificationLink(), null);
        return record;
    }

    /** Staff and the unit's secretary may add a comment to the history. */
    public <R extends Reviewed> R comment(R record, String text) {
        if (!caller.is(Role.STAFF)) {
            caller.requireSecretaryOf(record.organisation());
        }
        String clean = reason("reason", text);
        record.comment(caller.auditName(), clean, clock.instant());
        flush(record);
        return record;
    }

    /** A reason or comment: required, at most {@link #MAX_REASON} characters; returned as stored (NFC, trimmed). */
    public static String reason(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            throw new InvalidInput(field, "review.reasonRequired");
        }
        if (clean.length() > MAX_REASON) {
            throw new InvalidInput(List.of(new FieldError(field, "field.tooLong", Map.of("max", MAX_REASON))));
        }
        return clean;
    }

    private void flush(Reviewed record) {
        Writes.flush(em, record.kind().code().toLowerCase());
    }
}
