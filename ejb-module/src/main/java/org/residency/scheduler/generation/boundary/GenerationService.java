package org.residency.scheduler.generation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.generation.control.EngineSettings;
import org.residency.scheduler.generation.control.RepairParameters;
import org.residency.scheduler.generation.control.SolveParameters;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.schedule.boundary.ScheduleService;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Submits schedule generations and repairs as jobs on the solver queue. The request is checked against
 * the stored program and the configured limits first (404 for a missing program or schedule, 422 naming
 * each bad field), and stored with the job as what will run; a second solver job for a program while one
 * is queued or running is refused (409).
 */
@Stateless
public class GenerationService {

    @Inject
    ProgramService programs;

    @Inject
    ScheduleService schedules;

    @Inject
    JobService jobs;

    @Inject
    EngineSettings settings;

    public Job generate(long programId, GenerationRequest request) {
        programs.export(programId);
        GenerationRequest r = request == null ? GenerationRequest.defaults() : request;
        SolveParameters parameters = SolveParameters.of(r.timeLimitSeconds(), r.seed(), r.threads(), r.optimise(),
                r.repeatable(), settings.limits());
        return jobs.submit(JobKind.GENERATE_SCHEDULE, programId, null, parameters.toJson().build().toString());
    }

    /** The freeze date defaults to today in UTC (the server's time zone). */
    public Job repair(long programId, String scheduleId, RepairJobRequest request) {
        ProgramDocument program = programs.export(programId);
        schedules.requireExists(programId, scheduleId);
        RepairParameters parameters = RepairParameters.of(request.absence(), request.removedPerson(),
                request.freezeBefore(), request.timeLimitSeconds(), request.seed(), request.threads(), program,
                settings.limits(), LocalDate.now(ZoneOffset.UTC));
        return jobs.submit(JobKind.REPAIR_SCHEDULE, programId, scheduleId, parameters.toJson().build().toString());
    }
}
