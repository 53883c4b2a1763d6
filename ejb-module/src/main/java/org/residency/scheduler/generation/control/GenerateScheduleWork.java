package org.residency.scheduler.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.generation.boundary.SolveResults;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobWork;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.program.boundary.ProgramService;

import java.util.function.IntConsumer;

/** The job that builds a whole year for a program and stores it as a new schedule. */
@ApplicationScoped
public class GenerateScheduleWork implements JobWork {

    @Inject
    ProgramService programs;

    @Inject
    EngineRun engine;

    @Inject
    SolveResults results;

    @Override
    public JobKind kind() {
        return JobKind.GENERATE_SCHEDULE;
    }

    @Override
    public JobOutcome run(Job job, IntConsumer progress) {
        SolveParameters parameters = SolveParameters.fromJson(JobParameters.read(job));
        ProgramDocument program = program(job.getProgramId());
        EngineOutcome outcome = engine.run(job.getId(),
                (e, listener, cancellation) -> e.generate(program, parameters.options(), listener, cancellation));
        return SolveOutcomes.of(job.getProgramId(), false, outcome, solved -> results.storeGenerated(
                job.getProgramId(), solved.schedule(), "job " + job.getId() + " " + job.getParameters(),
                SolveOutcomes.runOutcome(solved)));
    }

    private ProgramDocument program(long programId) {
        try {
            return programs.export(programId);
        } catch (ResourceNotFoundException gone) {
            throw new JobFailedException(gone.getMessage());
        }
    }
}
