package vn.partytrack.directive;

/** How a dissemination session was held. */
public enum SessionFormat {
    IN_PERSON, ONLINE, COMBINED
}
