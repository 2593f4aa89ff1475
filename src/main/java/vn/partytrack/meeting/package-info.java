/** Review meetings (giao ban): who met, the difficulties raised there, and the chair's concluding tasks with each unit's completion. */
package vn.partytrack.meeting;
