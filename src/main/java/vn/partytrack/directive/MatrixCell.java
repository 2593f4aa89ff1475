package vn.partytrack.directive;

import vn.partytrack.review.ReviewStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One unit × one document: its status (null: nothing recorded), when it first disseminated it, the best attendance
 * of its sessions, and how many days past the dissemination deadline it is when it has not disseminated.
 */
public record MatrixCell(Long implementationId, ReviewStatus status, LocalDate firstSession, Double attendance,
                         long overdueDays) implements Serializable {

    /** Counted as disseminated: at least one session, in an implementation the unit has submitted. */
    public boolean disseminated() {
        return firstSession != null && status != null && status != ReviewStatus.DRAFT;
    }
}
