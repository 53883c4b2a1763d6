package org.residency.scheduler.resilience.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.resilience.analysis.ResilienceCheck;
import org.residency.scheduler.resilience.boundary.AlertService;
import org.residency.scheduler.resilience.boundary.ResilienceService;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each periodic task does, program by program (each program's work commits on its own). A task
 * whose work failed for any program throws after doing the others, so its run is retried and reported.
 */
@ApplicationScoped
public class TaskWork {

    static final int FORECAST_DAYS = 90;

    @Inject
    ResilienceService resilience;
    @Inject
    JobService jobs;
    @Inject
    ResilienceMetrics metrics;
    @Inject
    AlertService alerts;

    /** @return one line per program, the run's detail */
    public String run(ResilienceTask task) {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (task == ResilienceTask.ALERT_EVALUATION) {
            return alerts.deliverPending();
        }
        if (task == ResilienceTask.HEALTH_CHECK) {
            metrics.healthCheck();
        }
        for (long programId : resilience.scheduledPrograms()) {
            try {
                lines.add("program " + programId + ": " + forProgram(task, programId, today));
            } catch (RuntimeException e) {
                failures.add("program " + programId + ": " + e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
        return lines.isEmpty() ? "no program has a schedule" : String.join("\n", lines);
    }

    private String forProgram(ResilienceTask task, long programId, LocalDate today) {
        return switch (task) {
            case HEALTH_CHECK -> describe(resilience.checkAndRecord(programId, today));
            case CONTINGENCY_ANALYSIS, FALLBACK_PRECOMPUTE -> "contingency job " + jobs.submit(
                    JobKind.RESILIENCE_CONTINGENCY, programId, resilience.schedule(programId, null, true).getKey()).getId();
            case UTILIZATION_FORECAST -> describe(resilience.forecast(programId, today, FORECAST_DAYS));
            case ALERT_EVALUATION -> throw new IllegalArgumentException("not a per-program task");
        };
    }

    private static String describe(ResilienceCheck check) {
        var peak = check.horizon().peak();
        return String.format(Locale.ROOT, "%s %s..%s utilization %.2f, peak %.2f%s", check.assessment().level(),
                check.from(), check.to(), check.horizon().rate(), peak == null ? 0 : peak.rate(),
                peak == null ? "" : " in the week of " + peak.first());
    }
}
