package vn.partytrack.congress;

/** An all-member congress (đại hội đảng viên) or a delegate congress (đại hội đại biểu). */
public enum CongressFormat {
    ALL_MEMBERS, DELEGATES
}
