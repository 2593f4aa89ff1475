/** Six-month and annual progress reports: the indicator catalogue, the form, the review workflow and the tracker. */
package vn.partytrack.assessment;
