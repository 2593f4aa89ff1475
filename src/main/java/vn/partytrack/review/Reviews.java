package vn.partytrack.review;

/**
 * The review steps of one kind that its REST resource offers by record id, each answering with the record's details
 * (a report's, a rating's): the kind's service implements it, so the endpoints are written once
 * ({@link vn.partytrack.review.rest.ReviewRequests}).
 */
public interface Reviews<D> {

    D returnForCorrection(Long id, String reason, Long expectedVersion);

    D requestUnlock(Long id, String reason);

    D decideUnlock(Long id, boolean grant, String comment, Long expectedVersion);

    D comment(Long id, String text);
}
