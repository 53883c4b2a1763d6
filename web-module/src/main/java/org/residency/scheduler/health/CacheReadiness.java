package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.residency.scheduler.cache.RedisScheduleCache;

/** Redis is optional: DOWN only when REDIS_URL is configured and Redis does not answer. */
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
        return HealthCheckResponse.named("redis").status(reachable)
                .withData("cache", reachable ? "on" : "unreachable")
                .build();
    }
}
