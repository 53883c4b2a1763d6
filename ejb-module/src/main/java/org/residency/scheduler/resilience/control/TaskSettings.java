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

    /** "second minute hour [day-of-week]", or {@code off}. */
    public String schedule(ResilienceTask task) {
        return config.getOptionalValue(task.configKey(), String.class).orElse(task.defaultSchedule()).trim();
    }

    public RetryPolicy retry() {
        return new RetryPolicy(attempts, Duration.ofSeconds(retrySeconds));
    }
}
