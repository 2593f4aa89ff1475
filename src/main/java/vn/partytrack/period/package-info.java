/** Reporting periods (first half, year, ad hoc), each with a data cut-off, a due date and open or closed. */
package vn.partytrack.period;
