package vn.partytrack.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A grouping of organisations for management and review meetings (khối); not a Party level. */
@Entity
@Cacheable
@Table(name = "bloc")
public class Bloc extends ReferenceEntry {

    protected Bloc() {
    }
}
