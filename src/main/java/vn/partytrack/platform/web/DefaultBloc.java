package vn.partytrack.platform.web;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The bloc the district's pages open on until another is chosen, and new meetings and assignments start with:
 * {@code partytrack.committee.bloc} in microprofile-config.properties (PARTYTRACK_COMMITTEE_BLOC), one value for all.
 */
public final class DefaultBloc {

    public static final String PROPERTY = "partytrack.committee.bloc";

    private DefaultBloc() {
    }

    /** The bloc's code. */
    public static String code() {
        return ConfigProvider.getConfig().getValue(PROPERTY, String.class);
    }
}
