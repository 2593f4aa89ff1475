package vn.partytrack.dashboard;

/**
 * The page each line of the lagging list opens. The dashboard says what a line is about; the web layer, which knows
 * the pages and their addresses, makes the link.
 */
public interface LaggingLinks {

    /** The tracker on the overdue reports of a period, for a bloc ("" none) and perhaps a committee. */
    String overdueReports(long periodId, String bloc, Long committeeId);

    /** A report. */
    String report(long reportId);

    /** The congress progress of a bloc ("" none). */
    String congressProgress(String bloc);

    /** The dissemination matrix of a bloc ("" none). */
    String disseminationMatrix(String bloc);

    /** A review meeting, with its tasks. */
    String meeting(long meetingId);

    /** The overdue admission steps of a bloc ("" none) and perhaps a committee (for the owning board's staff). */
    String overdueAdmissions(String bloc, Long committeeId);
}
