package vn.partytrack.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the first request. Migrations live in the top-level {@code db/} folder;
 * {@code db/sample} (fictional demonstration data) is applied only when {@code partytrack.sample-data} is true.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = PartyTrackDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "partytrack.sample-data", defaultValue = "false")
    boolean sampleData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (sampleData) {
            locations.add("classpath:db/sample");
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // a demonstration database keeps its sample migrations when sample data is later turned off
                .ignoreMigrationPatterns("*:missing")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        var current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " (" + applied
                + " migrations applied now, sample data " + (sampleData ? "on" : "off") + ")");
    }
}
