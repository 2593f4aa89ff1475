package vn.partytrack.account;

import vn.partytrack.platform.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' account management: creating accounts, resetting passwords, enabling and disabling, and the
 * first administrator of a new installation. Signing in and lockout are {@link SignInService}'s.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    public List<AccountRow> list() {
        caller.requireAdmin();
        return em.createQuery("""
                        SELECT NEW vn.partytrack.account.AccountRow(a.id, a.username, a.fullName, a.role, b.code,
                               o.id, o.name, a.enabled, a.lockedUntil, a.sample, c.id, c.name)
                        FROM Account a LEFT JOIN a.board b LEFT JOIN a.organisation o LEFT JOIN a.committee c
                        ORDER BY a.role, a.username""", AccountRow.class)
                .getResultList();
    }

    public Long create(AccountForm form) {
        caller.requireAdmin();
        form.setUsername(Text.clean(form.getUsername()));
        form.setFullName(Text.clean(form.getFullName()));
        form.setEmail(Text.clean(form.getEmail()));
        List<FieldError> findings = new ArrayList<>();
        Board board = null;
        Organisation organisation = null;
        if (form.getRole() == Role.STAFF) {
            board = em.createQuery("SELECT b FROM Board b WHERE b.code = :c", Board.class)
                    .setParameter("c", form.getBoardCode() == null ? "" : form.getBoardCode())
                    .getResultStream().findFirst().orElse(null);
            if (board == null) {
                findings.add(new FieldError("boardCode", "account.board.required"));
            }
        }
        if (form.getRole() == Role.SECRETARY) {
            organisation = form.getOrganisationId() == null ? null : em.find(Organisation.class, form.getOrganisationId());
            if (organisation == null) {
                findings.add(new FieldError("organisationId", "account.organisation.required"));
            }
        }
        Organisation committee = null;
        if (form.getCommitteeId() != null && (form.getRole() == Role.STAFF || form.getRole() == Role.LEADER || form.getRole() == Role.STANDING)) {
            committee = em.find(Organisation.class, form.getCommitteeId());
            if (committee == null || !committee.isActive() || committee.getType().isGrassroots()) {
                findings.add(new FieldError("committeeId", "account.committee.invalid"));
            }
        }
        if (form.getUsername() != null && !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", form.getUsername()).getResultList().isEmpty()) {
            findings.add(new FieldError("username", "account.username.taken"));
        }
        validation.require(form, findings);
        Account account = new Account(form.getUsername(), form.getFullName(), form.getEmail(), passwords.hash(form.getPassword()),
                form.getRole(), board, organisation, clock.instant());
        account.workFor(committee);
        em.persist(account);
        Writes.flush(em, "account");
        audit.record(caller.auditName(), "ACCOUNT", account.getId(), "CREATE", null, snapshot(account));
        return account.getId();
    }

    public void resetPassword(Long id, String newPassword) {
        caller.requireAdmin();
        if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 200) {
            throw new InvalidInput("password", "account.password.size");
        }
        Account account = find(id);
        account.resetPassword(passwords.hash(newPassword));
        audit.record(caller.auditName(), "ACCOUNT", id, "RESET_PASSWORD", null, null);
    }

    public void setEnabled(Long id, boolean enabled) {
        caller.requireAdmin();
        Account account = find(id);
        if (account.getId().equals(caller.accountId()) && !enabled) {
            throw new InvalidInput("enabled", "account.cannotDisableSelf");
        }
        Map<String, Object> before = snapshot(account);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(caller.auditName(), "ACCOUNT", id, enabled ? "ENABLE" : "DISABLE", before, snapshot(account));
    }

    /** Creates the first administrator from configuration on an empty installation. */
    public boolean createFirstAdministrator(String username, String password) {
        Long count = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :r", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
        if (count > 0) {
            return false;
        }
        Account account = new Account(username, "Quản trị hệ thống", passwords.hash(password), Role.ADMIN, null, null, clock.instant());
        em.persist(account);
        Writes.flush(em, "account");
        audit.record("system", "ACCOUNT", account.getId(), "CREATE", null, snapshot(account));
        return true;
    }

    private Account find(Long id) {
        return Records.find(em, Account.class, id, "account");
    }

    /** What the audit trail keeps of an account: never the password hash. */
    private static Map<String, Object> snapshot(Account a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", a.getUsername());
        s.put("fullName", a.getFullName());
        s.put("email", a.getEmail());
        s.put("role", a.getRole().name());
        s.put("board", a.getBoard() == null ? null : a.getBoard().getCode());
        s.put("organisationId", a.getOrganisation() == null ? null : a.getOrganisation().getId());
        s.put("enabled", a.isEnabled());
        return s;
    }
}
