package org.residency.scheduler.generation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.engine.SolveProgress;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.RunningJobs;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the engine for a job while the calling (message-driven bean) thread waits, on a thread of lower
 * priority ({@link SolverPriority}) so that requests are served first. The engine's progress reports
 * only land in memory, because the listener runs on the solver's thread; a managed timer writes the
 * latest one to the job row once a second. The job's cancellation is registered in this JVM before the
 * stored cancel request is read, so a DELETE arriving at any moment stops the run.
 */
@ApplicationScoped
public class EngineRun {

    private static final Logger LOG = Logger.getLogger(EngineRun.class.getName());
    private static final long REPORT_SECONDS = 1;

    @Inject
    JobService jobs;

    @Inject
    RunningJobs running;

    @Resource
    ManagedScheduledExecutorService timer;

    @Inject
    EngineSettings settings;

    public EngineOutcome run(long jobId, EngineCall call) {
        Cancellation cancellation = new Cancellation();
        AtomicReference<SolveProgress> latest = new AtomicReference<>();
        long started = System.nanoTime();
        running.register(jobId, cancellation::cancel);
        ScheduledFuture<?> reports = timer.scheduleWithFixedDelay(() -> report(jobId, latest.get(), started),
                REPORT_SECONDS, REPORT_SECONDS, TimeUnit.SECONDS);
        try {
            if (jobs.cancelRequested(jobId)) {
                cancellation.cancel();
            }
            return new EngineOutcome(SolverPriority.call("solver-job-" + jobId, settings.nice(),
                    () -> call.solve(new ScheduleEngine(), latest::set, cancellation)), cancellation.isRequested());
        } catch (LinkageError e) {
            // OR-Tools lives in the domain's lib/ (scripts/lib/runtime.sh); without it nothing can solve.
            LOG.log(Level.SEVERE, "The solver library could not be loaded", e);
            throw new JobFailedException("the solver library (OR-Tools) is not available on this server: " + e);
        } finally {
            reports.cancel(false);
            running.unregister(jobId);
            report(jobId, latest.get(), started);
        }
    }

    private void report(long jobId, SolveProgress progress, long started) {
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        try {
            if (progress == null) {
                jobs.report(jobId, 0, "starting", null, elapsed);
            } else {
                jobs.report(jobId, progress.percent(), progress.stage(), progress.bestObjective(), elapsed);
            }
        } catch (RuntimeException e) {
            // A missed report only delays the figures; the next tick writes newer ones.
            LOG.log(Level.FINE, "Progress report of job " + jobId + " failed", e);
        }
    }
}
