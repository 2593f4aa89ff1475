package vn.partytrack.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
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
 * <p>
 * It runs as the application starts, before the first request is served and before PartyTrack's other observers of
 * the start (their priorities are later than {@link #PRIORITY}); a migration that fails stops the deployment. (A CDI observer rather than a start-up EJB: with no EJB left,
 * Payara does not start its EJB container, BENCHMARKS.md "Start-up".)
 */
@ApplicationScoped
public class DatabaseMigration {

    /** Observers of the application's start with a later (greater) priority find the schema up to date. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;

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

    void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object applicationStarted) {
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
