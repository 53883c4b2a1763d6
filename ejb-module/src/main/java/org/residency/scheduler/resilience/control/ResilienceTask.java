package org.residency.scheduler.resilience.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The periodic resilience tasks, each with its default schedule ("second minute hour [day-of-week]",
 * configurable as {@code resilience.task.<name>.schedule}, {@code off} to disable).
 */
public enum ResilienceTask {
    /** Utilization, violations and level of every scheduled program; records level changes. */
    HEALTH_CHECK("health-check", "0 */15 *"),
    /** Queues a contingency job (N-1/N-2 and fallback schedules) for every scheduled program. */
    CONTINGENCY_ANALYSIS("contingency-analysis", "0 0 2"),
    /** Queues the contingency job again on Sunday night, so fallbacks are fresh for the week ahead. */
    FALLBACK_PRECOMPUTE("fallback-precompute", "0 0 3 Sun"),
    /** Utilization of the next 90 days per program, its peak week and level, in the run's detail. */
    UTILIZATION_FORECAST("utilization-forecast", "0 30 2"),
    /** Delivers the pending alerts (level rises, critical people) by mail and/or webhook. */
    ALERT_EVALUATION("alert-evaluation", "30 * *");

    private final String configName;
    private final String defaultSchedule;

    ResilienceTask(String configName, String defaultSchedule) {
        this.configName = configName;
        this.defaultSchedule = defaultSchedule;
    }

    public String configKey() {
        return "resilience.task." + configName + ".schedule";
    }

    public String defaultSchedule() {
        return defaultSchedule;
    }

    public static Optional<ResilienceTask> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
