package vn.partytrack.organisation;

/**
 * The secretary or deputy names typed in the registry form, before and after a save (fired inside its transaction):
 * the officer component records a changed name as the end of one post and the start of another, so that the registry
 * form and the officer history never tell two stories and nothing is typed twice.
 */
public record OfficersTyped(Long organisationId, String secretaryBefore, String deputyBefore, String secretaryAfter,
                            String deputyAfter) {
}
