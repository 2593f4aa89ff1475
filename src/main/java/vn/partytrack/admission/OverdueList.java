package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The overdue admission steps under a committee (and bloc) today: ceremonies not held within the period after the
 * decision, reviews of full membership not made after the probation; the candidates a page at a time (staff of the
 * owning board only), and the units to follow up with how many each.
 */
public record OverdueList(Long committeeId, String bloc, LocalDate today, long total, int offset, int limit, List<Item> rows,
                          List<UnitCount> units) implements Serializable {

    /** One overdue step of a candidate. */
    public record Item(Long candidateId, Long organisationId, String organisationCode, String organisationName, String fullName,
                       AdmissionStage stage, String followUp, LocalDate due, int overdueDays) implements Serializable {
    }

    /** A unit with overdue steps: how many ceremonies and reviews, and the oldest due date. */
    public record UnitCount(Long organisationId, String organisationName, int ceremonies, int recognitions, LocalDate oldestDue)
            implements Serializable {
        public int total() {
            return ceremonies + recognitions;
        }
    }
}
