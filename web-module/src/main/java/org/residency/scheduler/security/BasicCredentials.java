package org.residency.scheduler.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** An {@code Authorization: Basic} header (RFC 7617, UTF-8) read as a username and password. */
final class BasicCredentials {

    private BasicCredentials() {
    }

    static boolean isBasic(String authorization) {
        return authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Empty when the header is not well-formed Base64 of {@code user:password}. */
    static Optional<UsernamePasswordCredential> parse(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon).toLowerCase(Locale.ROOT),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
