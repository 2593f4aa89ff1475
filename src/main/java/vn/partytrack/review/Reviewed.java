package vn.partytrack.review;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import vn.partytrack.organisation.Organisation;

import java.time.Instant;
import java.util.List;

/**
 * Something a unit submits to the committee's boards for review: a report, a congress stage, a directive
 * implementation. It carries the shared {@link ReviewState} and keeps every step in its own event table; the steps
 * are taken through {@link ReviewStep}, which checks the caller, saves and notifies. A kind adds only what is its own:
 * its event table ({@link #log}), what notifications call it ({@link #kind}, {@link #subject}) and any rule of its own
 * before a step ({@link #beforeStep}) or a change ({@link #touch}).
 */
@MappedSuperclass
public abstract class Reviewed {

    @Embedded
    private ReviewState review = new ReviewState();

    /** The organisation whose record this is: its secretary submits, the boards review. */
    public abstract Organisation organisation();

    public abstract ReviewKind kind();

    /** What notifications name: the period of a report, the stage of a congress, the number of a directive. */
    public abstract String subject();

    /** The record notifications link to, if the inbox can open it (null: none). */
    public Long notificationLink() {
        return null;
    }

    /** The kind's own history table: its list of event rows and how a step becomes one. */
    protected abstract EventLog<? extends ReviewEvent> log();

    /** A rule of the kind's own before a step is taken, e.g. a report's period must be open to submit it. */
    protected void beforeStep(ReviewAction action) {
    }

    /** Called with every step, e.g. to move an "updated" time or the version of what holds the record. */
    protected void touch(Instant now) {
    }

    /** Records that the record was created, as the first line of its history. */
    protected final void created(String by, Instant now) {
        record(by, now, new Transition(ReviewAction.CREATE, null, ReviewStatus.DRAFT, null));
    }

    /** The content may change now: a draft, or returned for correction. */
    protected void requireEditable() {
        review.requireEditable();
    }

    public void submit(String by, Instant now) {
        beforeStep(ReviewAction.SUBMIT);
        record(by, now, review.submit(now));
    }

    public void returnForCorrection(String by, String reason, Instant now) {
        beforeStep(ReviewAction.RETURN);
        record(by, now, review.returnForCorrection(reason));
    }

    public void accept(String by, Instant now) {
        beforeStep(ReviewAction.ACCEPT);
        record(by, now, review.accept(now));
    }

    public void lock(String by, Instant now) {
        beforeStep(ReviewAction.LOCK);
        record(by, now, review.lock());
    }

    public void requestUnlock(String by, String reason, Instant now) {
        beforeStep(ReviewAction.REQUEST_UNLOCK);
        record(by, now, review.requestUnlock(reason, now));
    }

    public void grantUnlock(String by, String comment, Instant now) {
        beforeStep(ReviewAction.GRANT_UNLOCK);
        record(by, now, review.grantUnlock(comment));
    }

    public void refuseUnlock(String by, String comment, Instant now) {
        beforeStep(ReviewAction.REFUSE_UNLOCK);
        record(by, now, review.refuseUnlock(comment));
    }

    public void comment(String by, String text, Instant now) {
        beforeStep(ReviewAction.COMMENT);
        record(by, now, review.comment(text));
    }

    /** The reason given the last time it was returned (or reopened), if it is returned now. */
    public String lastReturnReason() {
        if (review.status() != ReviewStatus.RETURNED) {
            return null;
        }
        List<? extends ReviewEvent> events = log().events();
        for (int i = events.size() - 1; i >= 0; i--) {
            ReviewEvent e = events.get(i);
            if (e.getAction() == ReviewAction.RETURN || e.getAction() == ReviewAction.GRANT_UNLOCK) {
                return e.getComment();
            }
        }
        return null;
    }

    /** The history as both sides read it, oldest first. */
    public List<HistoryEntry> history() {
        return log().events().stream().map(ReviewEvent::entry).toList();
    }

    /** Keeps a step in the history and touches the record; a kind's own step (a rating's decision) comes here too. */
    protected final void record(String by, Instant now, Transition transition) {
        log().add(by, now, transition);
        touch(now);
    }

    public ReviewState getReview() { return review; }
    public ReviewStatus getStatus() { return review.status(); }
}
