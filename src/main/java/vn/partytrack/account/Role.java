package vn.partytrack.account;

/** What a person does in PartyTrack; the scope (board, organisation) sits on the account. */
public enum Role {
    /** Manages accounts and the registry. */
    ADMIN,
    /** District board staff (Tổ chức, Tuyên giáo, …): read every unit, review. */
    STAFF,
    /** Leadership: read-only. */
    LEADER,
    /** Unit secretary (bí thư): reads and changes only their own organisation. */
    SECRETARY;

    public static final String[] ALL = {"ADMIN", "STAFF", "LEADER", "SECRETARY"};
}
