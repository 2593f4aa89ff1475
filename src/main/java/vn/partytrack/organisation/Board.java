package vn.partytrack.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A district board (Tổ chức, Tuyên giáo, …); boards merge and split with regulations, so they are rows. */
@Entity
@Table(name = "board")
public class Board extends ReferenceEntry {

    protected Board() {
    }
}
