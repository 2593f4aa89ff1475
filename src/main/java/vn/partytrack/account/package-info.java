/** Accounts, login (form for pages, HTTP Basic for the API), lockout, and who the caller is and may touch. */
package vn.partytrack.account;
