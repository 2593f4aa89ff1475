package vn.partytrack.account;

/** What a person does in PartyTrack; the scope (board, organisation) sits on the account. */
public enum Role {
    /** Manages accounts and the registry. */
    ADMIN,
    /** District board staff (Tổ chức, Tuyên giáo, …): read every unit, review. */
    STAFF,
    /** Leadership: read-only. */
    LEADER,
    /** The standing committee (Ban Thường vụ): reads like the leadership and decides the annual ratings. */
    STANDING,
    /** Unit secretary (bí thư): reads and changes only their own organisation. */
    SECRETARY;

    public static final String[] ALL = {"ADMIN", "STAFF", "LEADER", "STANDING", "SECRETARY"};
}
