package org.residency.scheduler.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap is nearly exhausted after collection, the state in which restarting the
 * server is the right response. Dependencies are not checked here: a database outage makes the
 * server unready, not dead.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    private static final double CRITICAL_SHARE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(share < CRITICAL_SHARE)
                .withData("usedBytes", used)
                .withData("maxBytes", runtime.maxMemory())
                .build();
    }
}
