/** The append-only audit trail: who changed what, when, with the state before and after. */
package vn.partytrack.audit;
