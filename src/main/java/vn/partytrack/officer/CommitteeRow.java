package vn.partytrack.officer;

import java.io.Serializable;
import java.time.LocalDate;

/** A term's committee of a unit; {@code seatsHeld}: committee seats held today. */
public record CommitteeRow(Long id, Long termId, String termCode, String termNameVi, String termNameEn, Long congressId,
                           Integer approvedSize, Integer electedSize, LocalDate startsOn, LocalDate endsOn,
                           String decisionNo, LocalDate decisionOn, String decisionIssuer, long seatsHeld, long version)
        implements Serializable {
}
