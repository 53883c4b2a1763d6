package org.residency.scheduler.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Hits, misses and errors of the schedule cache, exported as {@code schedule_cache_*_total}. */
@ApplicationScoped
public class CacheStatistics {

    @Inject
    MetricRegistry registry;

    void hit() {
        counter("schedule_cache_hits").inc();
    }

    void miss() {
        counter("schedule_cache_misses").inc();
    }

    void error() {
        counter("schedule_cache_errors").inc();
    }

    private Counter counter(String name) {
        return registry.counter(name);
    }
}
