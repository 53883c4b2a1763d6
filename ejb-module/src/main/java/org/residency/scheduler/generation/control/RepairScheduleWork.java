package org.residency.scheduler.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.residency.scheduler.absences.boundary.RepairProposals;
import org.residency.scheduler.absences.control.ProposalJobs;
import org.residency.scheduler.absences.control.ScheduleVersion;
import org.residency.scheduler.absences.control.ScheduleVersions;
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

import java.util.OptionalLong;
import java.util.function.IntConsumer;

/**
 * The job that repairs a stored schedule after a new absence or a removed person. The repaired schedule
 * is stored under a new id (the original stays as it was), with the new absence added to the program. A
 * repair asked for an absence request ({@code proposalFor} in its parameters) is only kept as that request's
 * proposal: the program and its schedules stay as they are until a coordinator approves with it.
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

    @Inject
    ScheduleVersions versions;

    @Inject
    RepairProposals proposals;

    @Override
    public JobKind kind() {
        return JobKind.REPAIR_SCHEDULE;
    }

    @Override
    public JobOutcome run(Job job, IntConsumer progress) {
        JsonObject json = JobParameters.read(job);
        RepairParameters parameters = RepairParameters.fromJson(json);
        long programId = job.getProgramId();
        ProgramDocument program;
        ScheduleDocument current;
        ScheduleVersion version;
        try {
            // The version first: a change between the two reads makes the proposal look stale, never fresh.
            version = versions.of(programId, job.getScheduleKey()).orElseThrow(() -> new ResourceNotFoundException(
                    "no schedule " + job.getScheduleKey() + " in program " + programId));
            program = programs.export(programId);
            current = schedules.document(programId, job.getScheduleKey());
        } catch (ResourceNotFoundException gone) {
            throw new JobFailedException(gone.getMessage());
        }
        EngineOutcome outcome = engine.run(job.getId(), (e, listener, cancellation) -> e.repair(program, current,
                parameters.request(), parameters.solve().options(), listener, cancellation));
        OptionalLong request = ProposalJobs.requestOf(json);
        if (request.isPresent()) {
            return SolveOutcomes.proposed(outcome, solved -> proposals.store(programId, request.getAsLong(),
                    job.getId(), version, solved));
        }
        return SolveOutcomes.of(programId, true, outcome, solved -> results.storeRepaired(programId, program,
                solved.program(), solved.schedule(), "job " + job.getId() + " repair of " + job.getScheduleKey()
                        + " " + job.getParameters(), SolveOutcomes.runOutcome(solved)));
    }
}
