/** Tables streamed out as Excel (xlsx) and PDF, a row at a time, so large exports stay within memory; each component
 * offers its own tables as an {@link vn.partytrack.platform.export.ExportedTable}. */
package vn.partytrack.platform.export;
