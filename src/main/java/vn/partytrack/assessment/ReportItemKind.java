package vn.partytrack.assessment;

/** A difficulty the unit meets, or a proposal it makes to the district. */
public enum ReportItemKind {
    DIFFICULTY, PROPOSAL
}
