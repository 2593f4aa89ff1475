package vn.partytrack.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.notification.Notifier;
import vn.partytrack.platform.VietnameseFormat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Signing in: the password check with lockout, and what a session or the REST door remembers of an account. */
@ApplicationScoped
@Transactional
public class SignInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    /**
     * Checks a password. Five wrong ones in a row lock the account for 15 minutes; a disabled account never signs in.
     * An unknown name, a wrong password and a locked account cost the same (one PBKDF2 verification each, against a
     * decoy hash for an unknown name) and the caller tells them apart only as "not signed in": the lock itself is
     * announced to the account's owner (a notification and an e-mail) and shown in the administrators' account list,
     * never to whoever typed the name.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult login(String username, String password) {
        Instant now = clock.instant();
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username == null ? "" : username.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        // hashed whatever follows, so that the time taken says nothing of whether the name exists or is locked
        boolean matches = passwords.matches(password == null ? "" : password, account == null ? null : account.getPasswordHash())
                && password != null;
        if (account == null) {
            return LoginResult.WRONG_CREDENTIALS;
        }
        if (account.isLockedAt(now)) {
            return LoginResult.LOCKED;
        }
        if (!matches) {
            account.loginFailed(now);
            if (account.isLockedAt(now)) {
                notifier.toAccount(account.getId(), account.getEmail(), "ACCOUNT_LOCKED", "notification.accountLocked",
                        List.of(account.getUsername(), VietnameseFormat.DATE_TIME.format(account.getLockedUntil())));
                return LoginResult.LOCKED;
            }
            return LoginResult.WRONG_CREDENTIALS;
        }
        if (!account.isEnabled()) {
            return LoginResult.WRONG_CREDENTIALS;
        }
        account.loginSucceeded();
        return LoginResult.SIGNED_IN;
    }

    /**
     * What a login session remembers of the account's credentials: it changes when the password is reset, and is
     * null once the account is disabled, so sessions opened before either stop working.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String sessionStamp(String username) {
        CallerAccount account = callerAccount(username);
        return account == null ? null : account.stamp();
    }

    /**
     * The enabled account of that name as a request needs it (who, what role, which unit, board and committee) with
     * its session stamp, in one statement; null when there is none. Every signed-in request reads it once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CallerAccount callerAccount(String username) {
        return em.createQuery("SELECT a.id, a.username, a.fullName, a.role, o.id, b.code, c.id, c.path, a.passwordHash"
                        + " FROM Account a LEFT JOIN a.organisation o LEFT JOIN a.board b LEFT JOIN a.committee c"
                        + " WHERE a.username = :u AND a.enabled = true", Object[].class)
                .setParameter("u", username).getResultStream().findFirst()
                .map(r -> new CallerAccount((Long) r[0], (String) r[1], (String) r[2], (Role) r[3], (Long) r[4],
                        (String) r[5], (Long) r[6], (String) r[7], stamp((String) r[8])))
                .orElse(null);
    }

    /** An enabled account as {@link Caller} holds it for one request; the committee only for those who work for one. */
    public record CallerAccount(Long id, String username, String fullName, Role role, Long organisationId,
                                String boardCode, Long committeeId, String committeePath, String stamp) {
    }

    /**
     * The session stamp of an account that may sign in right now (enabled, not locked), or null: the REST door's
     * cache of verified credentials asks this instead of hashing the password again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String activeStamp(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u AND a.enabled = true", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .filter(a -> !a.isLockedAt(clock.instant()))
                .map(a -> stamp(a.getPasswordHash())).orElse(null);
    }

    /** What a session remembers of the password: changes when the password is reset. */
    private static String stamp(String passwordHash) {
        return Integer.toHexString(passwordHash.hashCode());
    }

    public Role roleOf(String username) {
        return em.createQuery("SELECT a.role FROM Account a WHERE a.username = :u", Role.class)
                .setParameter("u", username).getSingleResult();
    }
}
