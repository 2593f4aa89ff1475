package vn.partytrack.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/** A production installation starts with no accounts: PARTYTRACK_ADMIN_PASSWORD creates the first administrator. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
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

    @PostConstruct
    void ensure() {
        if (password.isPresent() && !password.get().isBlank()) {
            if (accounts.createFirstAdministrator(username, password.get())) {
                LOG.info("Created the first administrator account '" + username + "'");
            }
        }
    }
}
