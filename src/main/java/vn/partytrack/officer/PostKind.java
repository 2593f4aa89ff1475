package vn.partytrack.officer;

/** A post in a unit's leadership, from the secretary down; its label comes from the bundle ({@code officer.kind.*}). */
public enum PostKind {
    /** Bí thư. */
    BI_THU(true, false),
    /** Phó bí thư: one at a time in a cell without a committee. */
    PHO_BI_THU(false, false),
    /** Ủy viên ban thường vụ: only where the committee has 9 or more members. */
    UY_VIEN_BTV(false, true),
    /** Cấp ủy viên. */
    CAP_UY_VIEN(false, true),
    /** Ủy viên ủy ban kiểm tra: only where the unit has an inspection commission (a đảng bộ, not a cell). */
    UY_VIEN_UBKT(false, true);

    private final boolean singleHolder;
    private final boolean needsCommittee;

    PostKind(boolean singleHolder, boolean needsCommittee) {
        this.singleHolder = singleHolder;
        this.needsCommittee = needsCommittee;
    }

    /** Held by one person at a time: two holders' dates may not overlap. */
    public boolean singleHolder() { return singleHolder; }

    /** Exists only where the unit elects a committee (not a cell of fewer than 9 full members). */
    public boolean needsCommittee() { return needsCommittee; }

    /** A seat of the elected committee (the inspection commission is elected beside it). */
    public boolean committeeSeat() { return this != UY_VIEN_UBKT; }
}
