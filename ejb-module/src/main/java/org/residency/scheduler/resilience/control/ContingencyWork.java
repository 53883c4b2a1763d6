package org.residency.scheduler.resilience.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.generation.control.EngineSettings;
import org.residency.scheduler.generation.control.SolverPriority;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobWork;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.resilience.analysis.AcademicYear;
import org.residency.scheduler.resilience.analysis.ContingencyAnalysis;
import org.residency.scheduler.resilience.analysis.ContingencyReport;
import org.residency.scheduler.resilience.boundary.ResilienceService;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;

/**
 * The contingency job: N-1 and N-2 over the horizon from today (or from the year's first or last day
 * when today lies outside it) on the schedule the job names (the schedule of record when it was queued,
 * {@code ScheduleService.ofRecord}), stored with the schedule version it saw, with fallback schedules for
 * the costliest repairable N-1 cases.
 */
@ApplicationScoped
public class ContingencyWork implements JobWork {

    @Inject
    ResilienceService resilience;
    @Inject
    ProgramService programs;
    @Inject
    ScheduleService schedules;
    @Inject
    ResilienceSettings settings;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;
    @Inject
    EngineSettings engine;

    @Override
    public JobKind kind() {
        return JobKind.RESILIENCE_CONTINGENCY;
    }

    @Override
    public JobOutcome run(Job job, IntConsumer progress) {
        long programId = job.getProgramId();
        Schedule schedule;
        ProgramDocument program;
        ScheduleDocument document;
        try {
            schedule = resilience.schedule(programId, job.getScheduleKey(), true);
            program = programs.export(programId);
            document = schedules.document(programId, schedule.getKey());
        } catch (ResourceNotFoundException gone) {
            throw new JobFailedException(gone.getMessage());
        }
        progress.accept(5);
        ContingencyReport report;
        try {
            // The analysis pool's threads end with it, so lowering their priority cannot outlive the job.
            ThreadFactory solverThreads = r -> threads.newThread(() -> {
                SolverPriority.lowerCurrentThread(engine.nice());
                r.run();
            });
            report = new ContingencyAnalysis(new ScheduleEngine(), settings.contingency(), solverThreads).analyse(program, document,
                    AcademicYear.of(program).clamp(LocalDate.now(ZoneOffset.UTC)), Cancellation.none(),
                    p -> progress.accept(5 + p * 85 / 100));
        } catch (LinkageError noEngine) {
            throw new JobFailedException("the scheduling engine cannot run in this server (OR-Tools must be in the "
                    + "domain's lib/): " + noEngine);
        }
        long id = resilience.recordAnalysis(programId, schedule, report);
        return new JobOutcome(jakarta.json.Json.createObjectBuilder().add("analysis", id)
                .add("criticalPeople", report.counts().criticalPeople())
                .add("criticalPairs", report.counts().criticalPairs()).add("millis", report.millis()).build().toString(),
                "/api/programs/" + programId + "/resilience");
    }
}
