package vn.partytrack.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit's attributes as they stood for a while (organisation_version, written by the database when the registry
 * changes). Read-only here: the registry search finds a unit by a name it once had.
 */
@Entity
@ReadOnly
@Table(name = "organisation_version")
@IdClass(OrganisationVersion.Key.class)
public class OrganisationVersion {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "valid_from")
    private LocalDate validFrom;

    private String name;

    protected OrganisationVersion() {
    }

    public Long getOrganisationId() { return organisationId; }
    public LocalDate getValidFrom() { return validFrom; }
    public String getName() { return name; }

    public static class Key implements Serializable {
        Long organisationId;
        LocalDate validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId) && Objects.equals(validFrom, k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, validFrom);
        }
    }
}
