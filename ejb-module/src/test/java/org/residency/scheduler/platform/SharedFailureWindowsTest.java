package org.residency.scheduler.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in failure windows that the instances of a deployment group share, against the machine's Redis
 * (127.0.0.1:6379, database 14; .ci/run starts it when it is down). Two objects on one Redis stand for two
 * instances.
 */
class SharedFailureWindowsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private RedisClient redis;
    private SharedFailureWindows first;
    private SharedFailureWindows second;
    private String key;

    @BeforeEach
    void twoInstancesOnOneRedis() {
        redis = RedisClient.create(java.net.URI.create("redis://127.0.0.1:6379/14"));
        first = new SharedFailureWindows(redis);
        second = new SharedFailureWindows(redis);
        key = "user:test-" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        first.succeeded(key);
        redis.close();
    }

    @Test
    void failuresOnEitherInstanceCountTowardsOneLimit() {
        for (int i = 0; i < 3; i++) {
            first.failed(key, T0.plusSeconds(i), MINUTE);
        }
        second.failed(key, T0.plusSeconds(3), MINUTE);
        assertEquals(Optional.empty(), second.blockedFor(key, T0.plusSeconds(4), 5, MINUTE), "4 of 5");
        second.failed(key, T0.plusSeconds(4), MINUTE);
        // Blocked on both until the first failure (T0) leaves the window at T0 + 60 s.
        assertEquals(Optional.of(Duration.ofSeconds(55)), first.blockedFor(key, T0.plusSeconds(5), 5, MINUTE));
        assertEquals(Optional.of(Duration.ofSeconds(55)), second.blockedFor(key, T0.plusSeconds(5), 5, MINUTE));
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 5; i++) {
            first.failed(key, T0.plusSeconds(10 * i), MINUTE);
        }
        assertTrue(first.blockedFor(key, T0.plusSeconds(45), 5, MINUTE).isPresent());
        assertEquals(Optional.empty(), first.blockedFor(key, T0.plusSeconds(60), 5, MINUTE), "the first one left");
        first.failed(key, T0.plusSeconds(61), MINUTE);
        // Now 10, 20, 30, 40, 61 are inside: blocked until 10 leaves at 70.
        assertEquals(Optional.of(Duration.ofSeconds(8)), first.blockedFor(key, T0.plusSeconds(62), 5, MINUTE));
    }

    @Test
    void aSuccessForgetsTheKeyEverywhere() {
        for (int i = 0; i < 5; i++) {
            first.failed(key, T0.plusSeconds(i), MINUTE);
        }
        second.succeeded(key);
        assertEquals(Optional.empty(), first.blockedFor(key, T0.plusSeconds(6), 5, MINUTE));
    }

    @Test
    void anUnreachableRedisIsTheCallersToHandle() {
        try (RedisClient nowhere = RedisClient.create(java.net.URI.create("redis://127.0.0.1:1/0"))) {
            SharedFailureWindows broken = new SharedFailureWindows(nowhere);
            assertThrows(RuntimeException.class, () -> broken.failed(key, T0, MINUTE));
        }
    }
}
