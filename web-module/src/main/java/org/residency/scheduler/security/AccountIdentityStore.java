package org.residency.scheduler.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.security.boundary.AccountService;
import org.residency.scheduler.security.boundary.StoredCredentials;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Checks a username and password against the accounts table; the groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "auth.credential-cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private CredentialCache recent;

    @PostConstruct
    void start() {
        recent = new CredentialCache(Duration.ofSeconds(cacheSeconds), Clock.systemUTC());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String password = credential.getPasswordAsString();
        Optional<Set<String>> cached = recent.groups(username, password);
        if (cached.isPresent()) {
            return new CredentialValidationResult(username, cached.get());
        }
        Optional<StoredCredentials> stored = accounts.credentials(username);
        if (stored.isEmpty()) {
            hasher.spendAsLongAsAVerify(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.verify(password, stored.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        recent.remember(username, password, stored.get().groups());
        return new CredentialValidationResult(username, stored.get().groups());
    }

    /** The account's current groups; empty when it no longer exists. Signed-in pages ask on every request. */
    public Optional<Set<String>> currentGroups(String username) {
        return accounts.credentials(username).map(StoredCredentials::groups);
    }

    /** After a password, role or account change: the next request checks against the store again. */
    public void forget(String username) {
        recent.forget(username);
    }
}
