package org.residency.scheduler.resilience.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.resilience.analysis.ContingencySettings;
import org.residency.scheduler.resilience.analysis.UtilizationThresholds;

import java.time.Duration;

/**
 * Every resilience tunable, from MicroProfile Config (environment variables override, e.g.
 * {@code RESILIENCE_UTILIZATION_ORANGE=0.85}).
 */
@ApplicationScoped
public class ResilienceSettings {

    @Inject
    @ConfigProperty(name = "resilience.utilization.yellow", defaultValue = "0.70")
    double yellow;
    @Inject
    @ConfigProperty(name = "resilience.utilization.orange", defaultValue = "0.80")
    double orange;
    @Inject
    @ConfigProperty(name = "resilience.utilization.red", defaultValue = "0.90")
    double red;
    @Inject
    @ConfigProperty(name = "resilience.utilization.black", defaultValue = "0.95")
    double black;
    /** Days ahead the level looks at (utilization) and people are taken out for (contingency). */
    @Inject
    @ConfigProperty(name = "resilience.horizon-days", defaultValue = "28")
    int horizonDays;
    @Inject
    @ConfigProperty(name = "resilience.contingency.repair-seconds", defaultValue = "20")
    int repairSeconds;
    @Inject
    @ConfigProperty(name = "resilience.contingency.all-pairs-up-to", defaultValue = "30")
    int allPairsUpTo;
    @Inject
    @ConfigProperty(name = "resilience.contingency.pair-candidates", defaultValue = "12")
    int pairCandidates;
    /** How many of the top critical N-1 cases get a precomputed fallback schedule. */
    @Inject
    @ConfigProperty(name = "resilience.fallbacks", defaultValue = "3")
    int fallbacks;

    public UtilizationThresholds thresholds() {
        return new UtilizationThresholds(yellow, orange, red, black);
    }

    public int horizonDays() {
        return horizonDays;
    }

    public int fallbacks() {
        return fallbacks;
    }

    /** At most two cases at once (one solver thread each), fewer on a one-core machine. */
    public ContingencySettings contingency() {
        return new ContingencySettings(horizonDays, Duration.ofSeconds(repairSeconds),
                Math.min(2, Runtime.getRuntime().availableProcessors()), allPairsUpTo, pairCandidates);
    }
}
