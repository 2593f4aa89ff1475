package vn.partytrack.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A grouping of organisations for management and review meetings (khối); not a Party level. */
@Entity
@Table(name = "bloc")
public class Bloc extends ReferenceEntry {

    protected Bloc() {
    }
}
