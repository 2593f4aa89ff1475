package vn.partytrack.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.platform.DatabaseMigration;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * A production installation starts with no accounts: PARTYTRACK_ADMIN_PASSWORD creates the first administrator as the
 * application starts, once {@link DatabaseMigration} has brought the schema up to date.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "partytrack.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "partytrack.admin.password")
    Optional<String> password;

    void ensure(@Observes @Priority(DatabaseMigration.PRIORITY + 100) @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (password.isPresent() && !password.get().isBlank()) {
            if (accounts.createFirstAdministrator(username, password.get())) {
                LOG.info("Created the first administrator account '" + username + "'");
            }
        }
    }
}
