package org.residency.scheduler.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.residency.scheduler.resilience.control.ResilienceMetrics;

/**
 * Registers the resilience counters when the application starts: a counter otherwise appears in
 * {@code /metrics} only at its first increment, and the alert rules would reference a missing series.
 */
@ApplicationScoped
public class ResilienceMetricsAtStart {

    @Inject
    ResilienceMetrics metrics;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.registerAtStart();
    }
}
