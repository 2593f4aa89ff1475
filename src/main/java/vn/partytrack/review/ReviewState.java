package vn.partytrack.review;

import vn.partytrack.platform.IllegalTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * The review state of one submission, embedded in whatever is submitted. Each step checks that the current state
 * allows it, changes the state and returns the {@link Transition} for the owner to keep in its history.
 */
@Embeddable
public class ReviewState {

    @Enumerated(EnumType.STRING)
    private ReviewStatus status = ReviewStatus.DRAFT;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "unlock_requested_at")
    private Instant unlockRequestedAt;

    @Column(name = "unlock_reason")
    private String unlockReason;

    public Transition submit(Instant now) {
        Transition t = switch (status) {
            case DRAFT -> {
                firstSubmittedAt = now;
                yield move(ReviewAction.SUBMIT, ReviewStatus.SUBMITTED, null);
            }
            case RETURNED -> move(ReviewAction.RESUBMIT, ReviewStatus.RESUBMITTED, null);
            default -> throw new IllegalTransition("review.cannotSubmit");
        };
        lastSubmittedAt = now;
        return t;
    }

    public Transition returnForCorrection(String reason) {
        requireReason(reason);
        if (!status.awaitingReview()) {
            throw new IllegalTransition("review.notAwaitingReview");
        }
        return move(ReviewAction.RETURN, ReviewStatus.RETURNED, reason.strip());
    }

    public Transition accept(Instant now) {
        if (!status.awaitingReview()) {
            throw new IllegalTransition("review.notAwaitingReview");
        }
        acceptedAt = now;
        return move(ReviewAction.ACCEPT, ReviewStatus.ACCEPTED, null);
    }

    public Transition lock() {
        if (status != ReviewStatus.ACCEPTED) {
            throw new IllegalTransition("review.notAccepted");
        }
        return move(ReviewAction.LOCK, ReviewStatus.LOCKED, null);
    }

    public Transition requestUnlock(String reason, Instant now) {
        requireReason(reason);
        if (!status.accepted()) {
            throw new IllegalTransition("review.notAccepted");
        }
        if (unlockRequestedAt != null) {
            throw new IllegalTransition("review.unlockAlreadyRequested");
        }
        unlockRequestedAt = now;
        unlockReason = reason.strip();
        return new Transition(ReviewAction.REQUEST_UNLOCK, status, status, unlockReason);
    }

    /** Granting reopens the submission for the unit, as if it had been returned. */
    public Transition grantUnlock(String comment) {
        if (unlockRequestedAt == null) {
            throw new IllegalTransition("review.noUnlockRequest");
        }
        unlockRequestedAt = null;
        unlockReason = null;
        acceptedAt = null;
        return move(ReviewAction.GRANT_UNLOCK, ReviewStatus.RETURNED, comment == null || comment.isBlank() ? null : comment.strip());
    }

    public Transition refuseUnlock(String comment) {
        requireReason(comment);
        if (unlockRequestedAt == null) {
            throw new IllegalTransition("review.noUnlockRequest");
        }
        unlockRequestedAt = null;
        unlockReason = null;
        return new Transition(ReviewAction.REFUSE_UNLOCK, status, status, comment.strip());
    }

    public Transition comment(String text) {
        requireReason(text);
        return new Transition(ReviewAction.COMMENT, status, status, text.strip());
    }

    /** The content may change: a draft, or returned for correction. */
    public void requireEditable() {
        if (!status.editable()) {
            throw new IllegalTransition("review.notEditable");
        }
    }

    private Transition move(ReviewAction action, ReviewStatus to, String comment) {
        ReviewStatus from = status;
        status = to;
        return new Transition(action, from, to, comment);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransition("review.reasonRequired");
        }
    }

    public ReviewStatus status() { return status; }
    public Instant firstSubmittedAt() { return firstSubmittedAt; }
    public Instant lastSubmittedAt() { return lastSubmittedAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant unlockRequestedAt() { return unlockRequestedAt; }
    public String unlockReason() { return unlockReason; }
}
