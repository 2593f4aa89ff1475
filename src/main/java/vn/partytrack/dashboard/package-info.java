/** What district staff and leadership see first: counts across a bloc. */
package vn.partytrack.dashboard;
