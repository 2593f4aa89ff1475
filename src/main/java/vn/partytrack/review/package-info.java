/**
 * The one review workflow shared by everything a unit submits to the committee's boards (progress reports, congress
 * stages, directive implementations): draft → submitted → returned → resubmitted → accepted → locked, with unlock
 * requests and comments.
 *
 * <p>{@link vn.partytrack.review.ReviewState} is the state machine; {@link vn.partytrack.review.Reviewed} is what is
 * reviewed (an entity extends it); {@link vn.partytrack.review.ReviewStep} is the service every kind goes through:
 * it opens a unit's record, checks the caller, takes the step, saves and notifies.
 *
 * <p>A new reviewable kind needs only what is its own:
 * <ol>
 *   <li>its entity, extending {@code Reviewed}, with its table holding the review columns (status,
 *       first_submitted_at, last_submitted_at, accepted_at, unlock_requested_at, unlock_reason) and a
 *       {@code @OneToMany} list of its event entity (extending {@link vn.partytrack.review.ReviewEvent}, one table
 *       {@code <kind>_event}), handed to the review as an {@link vn.partytrack.review.EventLog} by {@code log()};</li>
 *   <li>{@code kind()}: a {@link vn.partytrack.review.ReviewKind} whose code and message prefix name its
 *       notifications ({@code <CODE>_SUBMITTED}, {@code notification.<prefix>Submitted} and {@code …Returned} in the
 *       bundles; {@code …UnlockRequested/Granted/Refused} if it may be unlocked) and {@code subject()}, what they
 *       name it by;</li>
 *   <li>its own rules as hooks ({@code beforeStep}, {@code touch}) and its content checks in its service, which finds
 *       the record and calls {@code ReviewStep};</li>
 *   <li>its pages.</li>
 * </ol>
 */
package vn.partytrack.review;
