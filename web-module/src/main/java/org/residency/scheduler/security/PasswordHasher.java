package org.residency.scheduler.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Jakarta Security's PBKDF2 with the parameters stated, not the implementation's defaults: HMAC-SHA256
 * at 600,000 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA256), a 32-byte random salt and a
 * 32-byte key. The stored form names algorithm and iterations, so hashes made with other parameters
 * still verify after these change.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the username is unknown, so that the answer takes as long as for a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy password, never matched".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void spendAsLongAsAVerify(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
