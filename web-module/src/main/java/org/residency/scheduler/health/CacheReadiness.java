package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.residency.scheduler.cache.RedisScheduleCache;

/**
 * Redis is optional and only a cache: when it does not answer, reads go to the database (and count as
 * misses), so the application stays ready and the check says the cache is unreachable. Taking every
 * instance out of a load balancer because the cache is down would turn a slower service into none.
 */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    @Inject
    RedisScheduleCache cache;

    @Override
    public HealthCheckResponse call() {
        if (!cache.configured()) {
            return HealthCheckResponse.named("redis").up().withData("cache", "off (REDIS_URL not set)").build();
        }
        boolean reachable = cache.reachable();
        return HealthCheckResponse.named("redis").up()
                .withData("cache", reachable ? "on" : "unreachable: reads go to the database")
                .build();
    }
}
