package vn.partytrack.period;

/** What a reporting period covers. */
public enum PeriodKind {
    /** Báo cáo sơ kết 6 tháng đầu năm. */
    H1,
    /** Báo cáo tổng kết năm. */
    YEAR,
    /** A report the committee asks for outside the usual calendar. */
    AD_HOC
}
