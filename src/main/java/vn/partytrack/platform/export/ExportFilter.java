package vn.partytrack.platform.export;

/**
 * The filters an export was asked for, as the query gave them (null when absent); each table reads those of its page.
 */
public record ExportFilter(Long period, String bloc, Long committee, String sector, String type, String search, String status,
                           boolean includeInactive, Integer year) {

    /** The filters of a table that has no year. */
    public ExportFilter(Long period, String bloc, Long committee, String sector, String type, String search, String status,
                        boolean includeInactive) {
        this(period, bloc, committee, sector, type, search, status, includeInactive, null);
    }
}
