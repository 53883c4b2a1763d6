package org.residency.scheduler.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.platform.RedisConnection;
import redis.clients.jedis.RedisClient;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The schedule cache on Redis (Jedis), configured by {@code REDIS_URL}. Without it the cache is
 * off (a warning at startup) and every read is a miss. Redis failing at run time is never an
 * error for the caller: the read falls back to the database and the failure is counted.
 * Entries expire after {@code cache.ttl-seconds} as a guard against a lost eviction.
 */
@ApplicationScoped
public class RedisScheduleCache implements ScheduleCache {

    private static final Logger LOG = Logger.getLogger(RedisScheduleCache.class.getName());
    private static final String PREFIX = "residency:schedule:";

    @Inject
    RedisConnection connection;

    @Inject
    @ConfigProperty(name = "cache.ttl-seconds", defaultValue = "3600")
    long ttlSeconds;

    @Inject
    CacheStatistics statistics;

    private RedisClient redis;

    @PostConstruct
    void connect() {
        redis = connection.client().orElse(null);
        if (redis == null) {
            LOG.warning("REDIS_URL is not set: the schedule cache is off and every read goes to the database");
        }
    }

    /** Whether a Redis URL is configured at all (health reports an unconfigured cache as UP). */
    public boolean configured() {
        return redis != null;
    }

    /** Round trip to Redis; false when it is configured but unreachable. */
    public boolean reachable() {
        try {
            return redis != null && "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public Optional<byte[]> get(long programId, String scheduleId) {
        if (redis == null) {
            statistics.miss();
            return Optional.empty();
        }
        try {
            Optional<byte[]> hit = Optional.ofNullable(redis.get(bytes(key(programId, scheduleId))));
            if (hit.isPresent()) {
                statistics.hit();
            } else {
                statistics.miss();
            }
            return hit;
        } catch (RuntimeException e) {
            failed("read", e);
            statistics.miss();
            return Optional.empty();
        }
    }

    @Override
    public void put(long programId, String scheduleId, byte[] json) {
        if (redis == null) {
            return;
        }
        try {
            redis.setex(bytes(key(programId, scheduleId)), ttlSeconds, json);
            redis.sadd(programKey(programId), scheduleId);
        } catch (RuntimeException e) {
            failed("write", e);
        }
    }

    @Override
    public void evict(long programId, String scheduleId) {
        if (redis == null) {
            return;
        }
        try {
            redis.del(key(programId, scheduleId));
        } catch (RuntimeException e) {
            failed("evict", e);
        }
    }

    @Override
    public void evictProgram(long programId) {
        if (redis == null) {
            return;
        }
        try {
            Set<String> ids = redis.smembers(programKey(programId));
            for (String id : ids) {
                redis.del(key(programId, id));
            }
            redis.del(programKey(programId));
        } catch (RuntimeException e) {
            failed("evict", e);
        }
    }

    private void failed(String what, RuntimeException e) {
        statistics.error();
        LOG.log(Level.WARNING, "Schedule cache " + what + " failed, using the database: " + e.getMessage());
    }

    private static String key(long programId, String scheduleId) {
        return PREFIX + programId + ":" + scheduleId;
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static String programKey(long programId) {
        return "residency:program:" + programId + ":schedules";
    }
}
