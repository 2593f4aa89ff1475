package vn.partytrack.platform.export;

import java.util.Locale;

/**
 * A table a component offers at /api/v1/exports/{name}.{xlsx|pdf}: each component implements it with a CDI bean in its
 * own package, and the export resource finds it by {@link #name()} without knowing the component.
 */
public interface ExportedTable {

    /** The table's name in the address, e.g. {@code tracker}. */
    String name();

    /** The name of the downloaded file, without its extension. */
    String fileName();

    /**
     * Checks the caller's access and reads what the rows need before the response starts (a refusal is still a
     * status); the rows themselves are written while streaming.
     */
    TableExport table(ExportFilter filter, Locale locale);
}
