package org.residency.scheduler.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.generation.boundary.SolveResults;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobWork;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.schedule.boundary.ScheduleService;

import java.util.function.IntConsumer;

/**
 * The job that repairs a stored schedule after a new absence or a removed person. The repaired schedule
 * is stored under a new id (the original stays as it was), with the new absence added to the program.
 */
@ApplicationScoped
public class RepairScheduleWork implements JobWork {

    @Inject
    ProgramService programs;

    @Inject
    ScheduleService schedules;

    @Inject
    EngineRun engine;

    @Inject
    SolveResults results;

    @Override
    public JobKind kind() {
        return JobKind.REPAIR_SCHEDULE;
    }

    @Override
    public JobOutcome run(Job job, IntConsumer progress) {
        RepairParameters parameters = RepairParameters.fromJson(JobParameters.read(job));
        long programId = job.getProgramId();
        ProgramDocument program;
        ScheduleDocument current;
        try {
            program = programs.export(programId);
            current = schedules.document(programId, job.getScheduleKey());
        } catch (ResourceNotFoundException gone) {
            throw new JobFailedException(gone.getMessage());
        }
        EngineOutcome outcome = engine.run(job.getId(), (e, listener, cancellation) -> e.repair(program, current,
                parameters.request(), parameters.solve().options(), listener, cancellation));
        return SolveOutcomes.of(programId, true, outcome, solved -> results.storeRepaired(programId, program,
                solved.program(), solved.schedule(), "job " + job.getId() + " repair of " + job.getScheduleKey()
                        + " " + job.getParameters(), SolveOutcomes.runOutcome(solved)));
    }
}
