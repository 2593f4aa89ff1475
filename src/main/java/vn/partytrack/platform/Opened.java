package vn.partytrack.platform;

/**
 * What opening a record that exists at most once (a unit's report for a period, its congress for a term, its
 * implementation of a directive) did: the record's id, and whether it was created now ({@code 201} with its
 * {@code Location}) or already there ({@code 200}).
 */
public record Opened(Long id, boolean created) {
}
