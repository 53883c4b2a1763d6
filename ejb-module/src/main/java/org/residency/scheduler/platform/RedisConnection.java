package org.residency.scheduler.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's one Redis client (Jedis, pooled), from {@code REDIS_URL}; absent when that is unset.
 * Used by the schedule cache and the shared sign-in failure counts, which each decide what a missing or
 * failing Redis means for them.
 */
@ApplicationScoped
public class RedisConnection {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class.getName());

    @Inject
    @ConfigProperty(name = "REDIS_URL")
    Optional<String> redisUrl;

    private RedisClient client;

    @PostConstruct
    void connect() {
        String url = redisUrl.map(String::trim).orElse("");
        if (!url.isEmpty()) {
            client = RedisClient.create(URI.create(url));
            LOG.info(() -> "Redis on " + url.replaceAll("//[^@/]*@", "//***@"));
        }
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    public Optional<RedisClient> client() {
        return Optional.ofNullable(client);
    }
}
