/** The synthesis report for the standing committee: sentences computed from the data, edited, finalised as DOCX and PDF. */
package vn.partytrack.synthesis;
