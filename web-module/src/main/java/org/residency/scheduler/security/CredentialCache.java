package org.residency.scheduler.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recently verified passwords, so that a REST client sending HTTP Basic on every request pays the
 * 600,000-iteration PBKDF2 check once per {@code ttl} rather than on each call. Only an HMAC of the
 * password under a key made at start-up and never stored is kept; a changed or removed account is
 * forgotten at once ({@link #forget}).
 */
public class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Set<String> groups, Instant expires) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CredentialCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The groups of a password verified within the ttl; empty when it was not, or was another password. */
    public Optional<Set<String>> groups(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password)) ? Optional.of(entry.groups()) : Optional.empty();
    }

    public void remember(String username, String password, Set<String> groups) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
        }
        entries.put(username, new Entry(mac(username, password), Set.copyOf(groups), clock.instant().plus(ttl)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
