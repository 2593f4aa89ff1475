package vn.partytrack.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/** Accounts in PostgreSQL, passwords as PBKDF2 hashes; the role is the caller's one group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        if (accounts.login(username, credential.getPasswordAsString()) != LoginResult.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String name = username.strip();
        return new CredentialValidationResult(name, Set.of(accounts.roleOf(name).name()));
    }
}
