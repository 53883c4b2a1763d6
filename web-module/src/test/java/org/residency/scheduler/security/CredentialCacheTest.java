package org.residency.scheduler.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialCacheTest {

    private final MutableClock clock = new MutableClock();
    private final CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), clock);

    @Test
    void theSamePasswordWithinTheTtlGivesTheGroups() {
        cache.remember("dana", "correct horse battery", Set.of("coordinator"));
        assertEquals(Optional.of(Set.of("coordinator")), cache.groups("dana", "correct horse battery"));
    }

    @Test
    void anotherPasswordOrUserIsNotAnswered() {
        cache.remember("dana", "correct horse battery", Set.of("coordinator"));
        assertTrue(cache.groups("dana", "correct horse batterY").isEmpty());
        assertTrue(cache.groups("eve", "correct horse battery").isEmpty());
    }

    @Test
    void entriesExpire() {
        cache.remember("dana", "correct horse battery", Set.of("admin"));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(cache.groups("dana", "correct horse battery").isEmpty());
    }

    @Test
    void aForgottenUserIsCheckedAgain() {
        cache.remember("dana", "correct horse battery", Set.of("admin"));
        cache.forget("dana");
        assertTrue(cache.groups("dana", "correct horse battery").isEmpty());
    }

    @Test
    void aZeroTtlCachesNothing() {
        CredentialCache off = new CredentialCache(Duration.ZERO, clock);
        off.remember("dana", "correct horse battery", Set.of("admin"));
        assertTrue(off.groups("dana", "correct horse battery").isEmpty());
    }
}
