package org.residency.scheduler.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engine's limits from MicroProfile Config (environment {@code ENGINE_THREADS},
 * {@code ENGINE_DEFAULT_TIME_LIMIT_SECONDS}, {@code ENGINE_MAX_TIME_LIMIT_SECONDS}, {@code ENGINE_NICE} override).
 */
@ApplicationScoped
public class EngineSettings {

    @Inject
    @ConfigProperty(name = "engine.threads", defaultValue = "2")
    int threads;

    @Inject
    @ConfigProperty(name = "engine.default-time-limit-seconds", defaultValue = "60")
    int defaultTimeLimitSeconds;

    @Inject
    @ConfigProperty(name = "engine.max-time-limit-seconds", defaultValue = "3600")
    int maxTimeLimitSeconds;

    /** The Linux nice value of solver threads ({@link SolverPriority}); 0 runs them like request threads. */
    @Inject
    @ConfigProperty(name = "engine.nice", defaultValue = "19")
    int nice;

    public int nice() {
        return nice;
    }

    public SolveLimits limits() {
        return new SolveLimits(threads, defaultTimeLimitSeconds, maxTimeLimitSeconds);
    }
}
