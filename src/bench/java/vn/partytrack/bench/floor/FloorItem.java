package vn.partytrack.bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "floor_item")
public class FloorItem {
    @Id
    Long id;
    String name;
    @Version
    long version;
}
