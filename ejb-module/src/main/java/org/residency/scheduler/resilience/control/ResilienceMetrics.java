package org.residency.scheduler.resilience.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed's resilience metrics in the application registry. Prometheus names as exported by Payara 6
 * (MicroProfile Metrics 5.1): gauges {@code resilience_defense_level}, {@code resilience_utilization_rate},
 * {@code resilience_faculty_availability}, {@code acgme_violations} (label {@code program}); counters
 * {@code resilience_contingency_violations_total} (label {@code program}), {@code resilience_health_checks_total};
 * timer {@code resilience_task_duration_seconds} (label {@code task}).
 */
@ApplicationScoped
public class ResilienceMetrics {

    private static final Metadata LEVEL = gauge("resilience_defense_level", "Defense level 1 (GREEN) .. 5 (BLACK)");
    private static final Metadata UTILIZATION = gauge("resilience_utilization_rate",
            "Demand / capacity over the horizon (see docs/resilience.md)");
    private static final Metadata AVAILABILITY = gauge("resilience_faculty_availability",
            "Share of the faculty's precepting capacity present this week");
    private static final Metadata VIOLATIONS = gauge("acgme_violations",
            "Hard rule violations of the program's published schedule");
    private static final Metadata CONTINGENCY = Metadata.builder().withName("resilience_contingency_violations")
            .withDescription("Critical N-1 people and N-2 pairs found by contingency analyses").build();
    private static final Metadata HEALTH_CHECKS = Metadata.builder().withName("resilience_health_checks")
            .withDescription("Resilience health checks run").build();
    private static final Metadata TASK_DURATION = Metadata.builder().withName("resilience_task_duration")
            .withDescription("Run time of the periodic resilience tasks").withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    private final Map<Long, ProgramState> programs = new ConcurrentHashMap<>();

    /** The latest figures of one program, read by its gauges. */
    public void program(long programId, int level, double utilization, double facultyAvailability, int violations) {
        ProgramState state = programs.computeIfAbsent(programId, id -> register(id, new ProgramState()));
        state.level = level;
        state.utilization = utilization;
        state.availability = facultyAvailability;
        state.violations = violations;
    }

    public void contingencyFindings(long programId, int critical) {
        registry.counter(CONTINGENCY, programTag(programId)).inc(critical);
    }

    /**
     * Registers the application-wide counter and each task's timer, so that they are exported at 0 from
     * the start (alert rules and dashboards reference them before the first task has run).
     */
    public void registerAtStart() {
        registry.counter(HEALTH_CHECKS);
        for (ResilienceTask task : ResilienceTask.values()) {
            registry.timer(TASK_DURATION, new Tag("task", task.name()));
        }
    }

    public void healthCheck() {
        registry.counter(HEALTH_CHECKS).inc();
    }

    public void taskRan(String task, Duration took) {
        registry.timer(TASK_DURATION, new Tag("task", task)).update(took);
    }

    private ProgramState register(long id, ProgramState state) {
        Tag tag = programTag(id);
        registry.gauge(LEVEL, state, s -> s.level, tag);
        registry.gauge(UTILIZATION, state, s -> s.utilization, tag);
        registry.gauge(AVAILABILITY, state, s -> s.availability, tag);
        registry.gauge(VIOLATIONS, state, s -> s.violations, tag);
        registry.counter(CONTINGENCY, tag);          // exported at 0 before the first analysis
        return state;
    }

    private static Tag programTag(long id) {
        return new Tag("program", Long.toString(id));
    }

    private static Metadata gauge(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static final class ProgramState {
        volatile int level;
        volatile double utilization;
        volatile double availability = 1.0;
        volatile int violations;
    }
}
