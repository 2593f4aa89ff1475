package vn.partytrack.synthesis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A superior committee's names and document conventions as they were at a time (table committee_profile): the header
 * lines, the name a sentence uses, the number suffix, the place, the signatory block and the recipients.
 */
public record CommitteeProfile(Long committeeId, LocalDate validFrom, LocalDate validTo, String superiorHeading, String heading,
                               String name, String abbreviation, String numberSuffix, String place, String signatoryHeading,
                               String signerTitle, String signerName, List<String> recipients) implements Serializable {
}
