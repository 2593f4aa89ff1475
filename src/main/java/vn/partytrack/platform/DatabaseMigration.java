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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before the first request. Migrations live in the top-level {@code db/} folder;
 * {@code db/sample} (fictional demonstration data) is applied only when {@code partytrack.sample-data} is true.
 * With {@code db.owner.user} set, Flyway connects as that owner and the application's own datasource keeps the
 * narrower rights of migration V15.
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

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    /** The schema's owner, when the application itself connects as a role with fewer rights (migration V15). */
    @Inject
    @ConfigProperty(name = "db.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "db.owner.password")
    Optional<String> ownerPassword;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (sampleData) {
            locations.add("classpath:db/sample");
        }
        var configuration = Flyway.configure(getClass().getClassLoader());
        if (ownerUser.isPresent()) {
            configuration.dataSource(url, ownerUser.get(), ownerPassword.orElse(""));
        } else {
            configuration.dataSource(dataSource);
        }
        Flyway flyway = configuration
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
