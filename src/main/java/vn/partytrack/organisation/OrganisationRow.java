package vn.partytrack.organisation;

import java.io.Serializable;

/** One line of the organisation list. Reference data as codes; names come from {@link ReferenceData}. */
public record OrganisationRow(Long id, String code, String name, String typeCode, String blocCode, String sectorCode,
                              int membersTotal, String secretaryName, boolean active, boolean sample) implements Serializable {
}
