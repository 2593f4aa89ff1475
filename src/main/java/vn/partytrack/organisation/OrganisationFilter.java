package vn.partytrack.organisation;

/**
 * What the organisation list is narrowed to. {@code search} matches name or code with or without diacritics;
 * {@code sort} is one of name, code, members, type, bloc, sector.
 */
public record OrganisationFilter(String blocCode, String sectorCode, String typeCode, String search,
                                 boolean includeInactive, String sort, boolean descending) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, null, false, "name", false);
    }
}
