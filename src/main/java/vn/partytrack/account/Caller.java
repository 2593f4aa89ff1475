package vn.partytrack.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.organisation.OrganisationAccess;
import vn.partytrack.platform.AccessDenied;

import java.security.Principal;

/**
 * Who is calling, and what they may touch. Services ask this; pages and endpoints never decide access themselves
 * and never trust an organisation id sent by the client.
 */
@Named("caller")
@RequestScoped
public class Caller implements OrganisationAccess {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private boolean loaded;
    private Long accountId;
    private String username;
    private String fullName;
    private Role role;
    private Long organisationId;
    private String boardCode;
    private Long committeeId;
    private String committeePath;

    @Inject
    SignInService accounts;

    /** The account the sign-in check of this request has just read, so that it is not read twice. */
    void signedInAs(SignInService.CallerAccount account) {
        if (!loaded) {
            use(account);
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        Principal principal = security.getCallerPrincipal();
        use(principal == null ? null : accounts.callerAccount(principal.getName()));
    }

    private void use(SignInService.CallerAccount a) {
        loaded = true;
        if (a == null) {
            return;
        }
        accountId = a.id();
        username = a.username();
        fullName = a.fullName();
        role = a.role();
        organisationId = a.organisationId();
        boardCode = a.boardCode();
        if (a.committeeId() != null && a.role() != Role.SECRETARY) {
            committeeId = a.committeeId();
            committeePath = a.committeePath() + "%";
        }
    }

    public boolean isSignedIn() {
        load();
        return role != null;
    }

    public Long accountId() { load(); return accountId; }
    public String username() { load(); return username; }
    public String fullName() { load(); return fullName; }
    public Role role() { load(); return role; }
    public Long organisationId() { load(); return organisationId; }
    public String boardCode() { load(); return boardCode; }
    @Override
    public Long committeeId() { load(); return committeeId; }
    @Override
    public String committeePath() { load(); return committeePath; }

    public boolean is(Role r) {
        load();
        return role == r;
    }

    // for pages: which menu to draw (access itself is decided by the services)
    public boolean isAdmin() { return is(Role.ADMIN); }
    public boolean isStaff() { return is(Role.STAFF); }
    public boolean isLeader() { return is(Role.LEADER); }
    public boolean isStanding() { return is(Role.STANDING); }
    public boolean isSecretary() { return is(Role.SECRETARY); }
    public String getFullName() { return fullName(); }
    public String getUsername() { return username(); }
    public String getRoleName() { return role() == null ? "" : role().name(); }
    public String getBoardCode() { return boardCode(); }

    /** The name written into the audit trail. */
    public String auditName() {
        load();
        return username == null ? "system" : username;
    }

    public void requireSignedIn() {
        if (!isSignedIn()) {
            throw new AccessDenied("not signed in");
        }
    }

    public void requireAdmin() {
        if (!is(Role.ADMIN)) {
            throw new AccessDenied("administrators only");
        }
    }

    /**
     * A secretary sees their own organisation and its subordinate cells; a committee's staff and leaders the units under
     * their committee today and every record those units made before, under whichever committee they then sat (a unit
     * merged into one of theirs included); readers of the whole registry see every unit.
     */
    public boolean mayRead(Organisation o) {
        load();
        if (role == null) {
            return false;
        }
        if (role == Role.SECRETARY) {
            return o.isWithin(organisationId);
        }
        return committeePath == null || reaches(o.getId());
    }

    /** The unit, or the unit it became part of, sits under the caller's committee today. */
    private boolean reaches(Long organisationId) {
        return organisationId != null && ((Number) em.createNativeQuery("SELECT pt_reaches(?1, ?2)")
                .setParameter(1, organisationId).setParameter(2, committeePath).getSingleResult()).intValue() == 1;
    }

    public void requireRead(Organisation o) {
        if (!mayRead(o)) {
            throw new AccessDenied("organisation " + o.getId() + " is not the caller's");
        }
    }

    /** The secretary of exactly this organisation: the one who fills in and submits its reports. */
    public boolean isSecretaryOf(Organisation o) {
        load();
        return role == Role.SECRETARY && o.getId() != null && o.getId().equals(organisationId);
    }

    public void requireSecretaryOf(Organisation o) {
        if (!isSecretaryOf(o)) {
            throw new AccessDenied("only the secretary of organisation " + o.getId() + " may do this");
        }
    }

    /** District board staff review reports. */
    public void requireStaff() {
        if (!is(Role.STAFF)) {
            throw new AccessDenied("district board staff only");
        }
    }

    /** The standing committee decides the annual ratings. */
    public void requireStanding() {
        if (!is(Role.STANDING)) {
            throw new AccessDenied("the standing committee only");
        }
    }

    /** Reads across all units: staff, leadership and administrators. */
    public void requireDistrictReader() {
        load();
        if (role == null || role == Role.SECRETARY) {
            throw new AccessDenied("district-wide views are not for unit secretaries");
        }
    }

    /** Administrators change any unit; a secretary changes only the details of their own organisation. */
    public boolean mayEdit(Organisation o) {
        load();
        return role == Role.ADMIN || (role == Role.SECRETARY && o.getId() != null && o.getId().equals(organisationId));
    }

    public void requireEdit(Organisation o) {
        if (!mayEdit(o)) {
            throw new AccessDenied("organisation " + o.getId() + " may not be changed by the caller");
        }
    }

    /**
     * The Organisation Board (Ban Tổ chức): its staff keep the registry with the administrators, and own the officers'
     * and candidates' records and the public holidays their deadlines skip.
     */
    public static final String ORGANISATION_BOARD = "TO_CHUC";

    /** Staff of the Organisation Board (Ban Tổ chức), of the district or of a committee. */
    public boolean isOrganisationBoardStaff() {
        load();
        return role == Role.STAFF && ORGANISATION_BOARD.equals(boardCode);
    }

    /** A committee's own staff do not: a change moves units between committees, which is the registry keepers' work. */
    public boolean mayRecordRegistryChanges() {
        load();
        return role == Role.ADMIN || (isOrganisationBoardStaff() && committeePath == null);
    }

    public void requireRegistrar() {
        if (!mayRecordRegistryChanges()) {
            throw new AccessDenied("registry changes are for administrators and the Organisation board");
        }
    }
}
