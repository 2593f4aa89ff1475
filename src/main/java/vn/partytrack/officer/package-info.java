/** Committees and officers by term: who held which post of a unit, from when to when, how they came and left. */
package vn.partytrack.officer;
