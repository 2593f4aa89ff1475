package vn.partytrack.bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The datasource as PartyTrack defines its own (vn.partytrack.platform.PartyTrackDatabase), from the launcher's DB_URL. */
@DataSourceDefinition(name = "java:app/jdbc/floor", className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}", user = "${MPCONFIG=db.user}", password = "${MPCONFIG=db.password}",
        minPoolSize = 2, maxPoolSize = 30)
@ApplicationScoped
public class FloorDatabase {
}
