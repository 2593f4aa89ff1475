package vn.partytrack.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The field the host unit works in (education, health, …). */
@Entity
@Table(name = "sector")
public class Sector extends ReferenceEntry {

    protected Sector() {
    }
}
