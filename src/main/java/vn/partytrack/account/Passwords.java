package vn.partytrack.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** PBKDF2-HMAC-SHA256 with 210,000 iterations for new hashes; stored hashes carry their own parameters. */
@ApplicationScoped
public class Passwords {

    /** Verified when a user name is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DECOY = "PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash == null ? DECOY : storedHash) && storedHash != null;
    }
}
