package org.residency.scheduler.resilience.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The periodic tasks' schedules and retry policy, from MicroProfile Config. */
@ApplicationScoped
public class TaskSettings {

    @Inject
    Config config;
    @Inject
    @ConfigProperty(name = "resilience.task.attempts", defaultValue = "3")
    int attempts;
    @Inject
    @ConfigProperty(name = "resilience.task.retry-seconds", defaultValue = "60")
    int retrySeconds;
    @Inject
    @ConfigProperty(name = "resilience.task.lost-after-minutes", defaultValue = "15")
    int lostAfterMinutes;

    /** "second minute hour [day-of-week]", or {@code off}. */
    public String schedule(ResilienceTask task) {
        return config.getOptionalValue(task.configKey(), String.class).orElse(task.defaultSchedule()).trim();
    }

    /**
     * How long a run may stay RUNNING before it counts as lost (its server stopped or left the cluster).
     * A run only checks the programs or queues their jobs, so it takes seconds; the margin is for a slow
     * database, and a lost run blocks its task (one RUNNING per task) for at most this long.
     */
    public Duration lostAfter() {
        return Duration.ofMinutes(lostAfterMinutes);
    }

    public RetryPolicy retry() {
        return new RetryPolicy(attempts, Duration.ofSeconds(retrySeconds));
    }
}
