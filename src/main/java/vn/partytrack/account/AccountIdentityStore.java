package vn.partytrack.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts in PostgreSQL, passwords as PBKDF2 hashes; the role is the caller's one group.
 * <p>
 * The REST door checks HTTP Basic credentials on every request. Hashing the password each time (210,000 PBKDF2
 * rounds, under a row lock for the failure counter) would cost a tenth of a second per call, so a successful check
 * is remembered for a few minutes as an HMAC of the credentials under a key that lives only in this process. A
 * remembered check still asks the database that the account is enabled, not locked and has the same password;
 * a wrong password is never remembered and always takes the full path (failure counting, lockout).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    SignInService accounts;

    /** Locks for the full checks, by account name (a fixed number: unknown names cannot make more). */
    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public AccountIdentityStore() {
        new SecureRandom().nextBytes(key);
    }

    private record Verified(byte[] digest, String stamp, Role role, Instant until) {
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller() == null ? "" : credential.getCaller().strip();
        byte[] digest = digest(name, credential.getPasswordAsString());
        CredentialValidationResult known = remembered(name, digest);
        if (known != null) {
            return known;
        }
        // One full check at a time per account: when the remembered check of an account that several clients use
        // at once runs out, they would otherwise all hash the password, one after another under the row lock, each
        // holding a database connection (the load test saw 20-30 s API calls and a stalled pool). The others wait
        // here and then find the fresh check.
        synchronized (STRIPES[Math.floorMod(name.hashCode(), STRIPES.length)]) {
            known = remembered(name, digest);
            if (known != null) {
                return known;
            }
            if (accounts.login(name, credential.getPasswordAsString()) != LoginResult.SIGNED_IN) {
                verified.remove(name);
                return CredentialValidationResult.INVALID_RESULT;
            }
            Role role = accounts.roleOf(name);
            String stamp = accounts.activeStamp(name);
            if (stamp != null) {
                verified.put(name, new Verified(digest, stamp, role, Instant.now().plus(REMEMBER)));
            }
            return new CredentialValidationResult(name, Set.of(role.name()));
        }
    }

    /** The result of a remembered successful check of these credentials, still valid; otherwise null. */
    private CredentialValidationResult remembered(String name, byte[] digest) {
        Verified known = verified.get(name);
        if (known != null && Instant.now().isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            String stamp = accounts.activeStamp(name);
            if (stamp != null && stamp.equals(known.stamp())) {
                return new CredentialValidationResult(name, Set.of(known.role().name()));
            }
            verified.remove(name, known);
        }
        return null;
    }

    private byte[] digest(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((name + '\u0000' + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
