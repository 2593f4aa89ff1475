package vn.partytrack.account;

/** How a password check ended. */
public enum LoginResult {
    SIGNED_IN, WRONG_CREDENTIALS, LOCKED
}
