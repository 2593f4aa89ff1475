/** Party congresses by term: each unit's congress, stage by stage, and whether it was held on schedule. */
package vn.partytrack.congress;
