package vn.partytrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;

import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "account")
public class Account {

    /** Five failed logins in a row lock the account for fifteen minutes. */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The superior committee a staff member or leader works for; null: the whole registry. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Organisation committee;

    private String email;

    private boolean enabled = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private boolean sample;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String fullName, String passwordHash, Role role, Board board,
                   Organisation organisation, Instant now) {
        this(username, fullName, null, passwordHash, role, board, organisation, now);
    }

    public Account(String username, String fullName, String email, String passwordHash, Role role, Board board,
                   Organisation organisation, Instant now) {
        this.email = email;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.board = role == Role.STAFF ? board : null;
        this.organisation = role == Role.SECRETARY ? organisation : null;
        this.createdAt = now;
    }

    /** Staff and leaders may work for one superior committee; the others see no committee. */
    void workFor(Organisation committee) {
        this.committee = role == Role.STAFF || role == Role.LEADER || role == Role.STANDING ? committee : null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Records a wrong password; the fifth in a row locks the account. */
    void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void resetPassword(String newHash) {
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Board getBoard() { return board; }
    public Organisation getOrganisation() { return organisation; }
    public Organisation getCommittee() { return committee; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
