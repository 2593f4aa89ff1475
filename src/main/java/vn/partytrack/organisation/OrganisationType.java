package vn.partytrack.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A level or kind of Party organisation (đảng bộ cơ sở, chi bộ trực thuộc, …), as data. */
@Entity
@Table(name = "organisation_type")
public class OrganisationType extends ReferenceEntry {

    /** A grassroots organisation (đảng bộ cơ sở, chi bộ cơ sở): the unit that reports to the district. */
    private boolean grassroots;

    /** Whether organisations of this type may have subordinate organisations under them. */
    @Column(name = "has_subordinates")
    private boolean hasSubordinates;

    protected OrganisationType() {
    }

    public boolean isGrassroots() { return grassroots; }
    public boolean hasSubordinates() { return hasSubordinates; }
}
