package org.residency.scheduler.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.resps.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Failed attempts per key (a username, a client address) in a sliding window, kept in Redis
 * ({@code REDIS_URL}) so that every instance of a deployment group counts the same attempts: behind the
 * load balancer a count per instance would let a guesser try the limit once on each instance. Each key is
 * a sorted set of its failures scored by time, expiring with the window. Without Redis nothing is shared
 * ({@link #configured()} is false); a Redis error is thrown to the caller, who keeps its own count.
 */
@ApplicationScoped
public class SharedFailureWindows {

    private static final String PREFIX = "residency:sign-in-failures:";

    @Inject
    RedisConnection connection;

    private RedisClient redis;

    public SharedFailureWindows() {
    }

    /** For tests: failures kept in this Redis. */
    SharedFailureWindows(RedisClient redis) {
        this.redis = redis;
    }

    @PostConstruct
    void connect() {
        redis = connection.client().orElse(null);
    }

    public boolean configured() {
        return redis != null;
    }

    /** Records a failure of the key at this instant. */
    public void failed(String key, Instant at, Duration window) {
        String set = PREFIX + key;
        redis.zremrangeByScore(set, Double.NEGATIVE_INFINITY, at.minus(window).toEpochMilli());
        redis.zadd(set, at.toEpochMilli(), at.toEpochMilli() + ":" + UUID.randomUUID());
        redis.pexpire(set, window.toMillis());
    }

    /**
     * How long the key must wait when it has {@code maxFailures} failures within the window before
     * {@code now}: until the failure that makes the count reach the limit leaves the window. Empty when it
     * may try now.
     */
    public Optional<Duration> blockedFor(String key, Instant now, int maxFailures, Duration window) {
        String set = PREFIX + key;
        long since = now.minus(window).toEpochMilli();
        long count = redis.zcount(set, "(" + since, "+inf");
        if (count < maxFailures) {
            return Optional.empty();
        }
        // The newest maxFailures failures keep it blocked; the oldest of them leaves the window first.
        List<Tuple> oldestBlocking = redis.zrangeWithScores(set, -maxFailures, -maxFailures);
        if (oldestBlocking.isEmpty()) {
            return Optional.empty();
        }
        Instant leaves = Instant.ofEpochMilli((long) oldestBlocking.get(0).getScore()).plus(window);
        return leaves.isAfter(now) ? Optional.of(Duration.between(now, leaves)) : Optional.empty();
    }

    /** Forgets the key's failures (a successful sign-in of that username). */
    public void succeeded(String key) {
        redis.del(PREFIX + key);
    }
}
