/** Tables streamed out as Excel (xlsx) and PDF, a row at a time, so large exports stay within memory. */
package vn.partytrack.platform.export;
