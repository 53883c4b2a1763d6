package org.residency.scheduler.absences.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.absences.control.AbsenceRequestChecks;
import org.residency.scheduler.absences.control.ProposalJobs;
import org.residency.scheduler.absences.control.RequestStore;
import org.residency.scheduler.absences.control.ScheduleVersion;
import org.residency.scheduler.absences.control.ScheduleVersions;
import org.residency.scheduler.absences.entity.AbsenceRequest;
import org.residency.scheduler.absences.entity.RepairProposal;
import org.residency.scheduler.absences.entity.RequestStatus;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.generation.control.EngineSettings;
import org.residency.scheduler.generation.control.RepairParameters;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.jobs.entity.JobState;
import org.residency.scheduler.program.boundary.AbsenceService;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.StoredAbsence;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.RunKind;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.residency.scheduler.common.Text.blankToNull;
import static org.residency.scheduler.absences.boundary.AbsenceRequestService.now;
import static org.residency.scheduler.absences.boundary.AbsenceRequestService.requireStaff;

/**
 * A coordinator's approval of an absence request. First, optionally, a repair proposal: the engine's
 * minimum-change repair of the program's schedule of record (ScheduleVersions), run as a repair job and kept aside with its
 * changes. Then the approval, in one transaction: the absence is added to the program and, with a
 * proposal, the repaired schedule is stored as a new schedule (the repaired one stays as it was); it is
 * refused (409) when the request was decided meanwhile, the absence now overlaps another, or the repaired
 * schedule changed since the proposal.
 */
@Stateless
public class AbsenceApprovals {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    RequestStore store;
    @Inject
    ProgramService programs;
    @Inject
    AbsenceService absences;
    @Inject
    ScheduleService schedules;
    @Inject
    JobService jobs;
    @Inject
    EngineSettings settings;
    @Inject
    ScheduleVersions versions;
    @Inject
    RepairProposals proposals;

    /** Starts the repair proposal job (202 for the caller); 409 without a schedule or while another solve runs. */
    public Job proposeRepair(long programId, long id, ProposalRequest body, Requester who) {
        requireStaff(who);
        AbsenceRequest request = store.locked(programId, id);
        requirePending(request);
        ProposalRequest p = body == null ? ProposalRequest.defaults() : body;
        ProgramDocument program = programs.export(programId);
        ScheduleVersion target = versions.target(programId).orElseThrow(() -> new ConflictException("program "
                + programId + " has no schedule to repair; approve without a repair, or generate a schedule first"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RepairParameters parameters = RepairParameters.of(absence(request), null, freezeBefore(p, request, program,
                today), p.timeLimitSeconds(), p.seed(), p.threads(), program, settings.limits(), today);
        Job job = jobs.submit(JobKind.REPAIR_SCHEDULE, programId, target.key(),
                ProposalJobs.mark(parameters.toJson(), id).build().toString());
        request.proposing(job.getId());
        return job;
    }

    /** The latest proposal of the request: its job's progress, then its changes and the check after it. */
    public RepairProposalView proposal(long programId, long id, Requester who) {
        requireStaff(who);
        AbsenceRequest request = store.find(programId, id);
        Long jobId = request.getProposalJobId();
        Job job = jobId == null ? null : jobs.find(jobId).orElse(null);
        if (job == null) {
            throw new ResourceNotFoundException("no repair proposal was asked for absence request " + id
                    + " (POST .../repair-proposal)");
        }
        return proposals.byJob(jobId).map(p -> ready(request, job, p)).orElseGet(() -> new RepairProposalView(id, jobId,
                job.getState().name(), job.getProgress(), job.getStage(), job.getError(), false, job.getScheduleKey(),
                false, 0, List.of(), null));
    }

    /**
     * Approves the request: adds its absence to the program and, with {@code decision.proposalJob}, stores
     * the proposal's repaired schedule, all in this transaction (any refusal leaves everything as it was).
     */
    public AbsenceRequestView approve(long programId, long id, Decision decision, Requester who) {
        requireStaff(who);
        Decision d = decision == null ? Decision.none() : decision;
        AbsenceRequest request = store.locked(programId, id);
        requirePending(request);
        em.lock(request.getPerson(), LockModeType.PESSIMISTIC_WRITE); // two approvals for one person, one at a time
        ProgramDocument program = programs.export(programId);
        AbsenceRequestChecks.overlap(program, request.getPerson().getExternalId(), request.getStart(), request.getEnd())
                .ifPresent(e -> {
                    throw new ConflictException("the absence now overlaps one the program has: " + e.message(),
                            List.of(e));
                });
        ScheduleDocument repaired = d.proposalJob() == null ? null : currentProposal(programId, request, d.proposalJob());
        StoredAbsence added = absences.add(programId, absence(request));
        if (repaired != null) {
            requireStillValid(programs.export(programId), repaired);
        }
        String stored = repaired == null ? null : schedules.storeRun(programId, repaired, RunKind.REPAIR,
                "absence request " + id + " approved with repair proposal job " + d.proposalJob(), "APPLIED");
        request.applied(added.id(), stored);
        request.decide(RequestStatus.Action.APPROVE, who.username(), now(), blankToNull(d.comment()));
        return AbsenceRequestView.of(request);
    }

    /** The proposal's repaired schedule, if it is the request's latest and its schedule has not changed since. */
    private ScheduleDocument currentProposal(long programId, AbsenceRequest request, long jobId) {
        RepairProposal proposal = proposals.byJob(jobId).filter(p -> p.getRequestId().equals(request.getId()))
                .orElseThrow(() -> new ConflictException("job " + jobId + " produced no repair proposal for request "
                        + request.getId() + " (still running, failed, or another request's)",
                        List.of(new FieldError("proposalJob", "no finished proposal " + jobId))));
        if (!Long.valueOf(jobId).equals(request.getProposalJobId())) {
            throw new ConflictException("a newer repair proposal (job " + request.getProposalJobId()
                    + ") exists for request " + request.getId(), List.of(new FieldError("proposalJob", "outdated")));
        }
        boolean unchanged = versions.lockedTarget(programId)
                .map(v -> v.sameAs(proposal.getBaseSchedule(), proposal.getBaseUpdated())).orElse(false);
        if (!unchanged) {
            throw new ConflictException("schedule " + proposal.getBaseSchedule() + " changed (or is no longer the schedule"
                    + " of record) since the repair was proposed; propose the repair again",
                    List.of(new FieldError("proposalJob", "stale")));
        }
        return RepairProposals.schedule(proposal);
    }

    /**
     * The engine made the repair valid for the program as it was then; another change of the program since
     * (an absence approved for someone else) can make it break a rule now, and then it is not applied.
     */
    private static void requireStillValid(ProgramDocument program, ScheduleDocument repaired) {
        ValidationReport check = new ScheduleValidator().validate(program, repaired);
        if (!check.ok()) {
            throw new ConflictException("the program changed since the repair was proposed: the repaired schedule"
                    + " would now break " + check.violations().size() + " hard rule(s), first: "
                    + check.violations().get(0).message() + "; propose the repair again",
                    List.of(new FieldError("proposalJob", "stale")));
        }
    }

    private RepairProposalView ready(AbsenceRequest request, Job job, RepairProposal p) {
        boolean current = versions.target(request.getProgramId())
                .map(v -> v.sameAs(p.getBaseSchedule(), p.getBaseUpdated())).orElse(false);
        List<ProposedChange> changes = RepairProposals.changes(p);
        return new RepairProposalView(request.getId(), job.getId(), job.getState().name(), job.getProgress(),
                job.getStage(), job.getState() == JobState.SUCCEEDED ? null : job.getError(), true,
                p.getBaseSchedule(), current, changes.size(), changes, RepairProposals.report(p));
    }

    /**
     * As for any repair, nothing before today changes by default; once the year is over there is no today in
     * it, and a proposal then keeps everything before the absence itself.
     */
    private static String freezeBefore(ProposalRequest p, AbsenceRequest request, ProgramDocument program,
                                       LocalDate today) {
        if (p.freezeBefore() != null || !today.isAfter(AbsenceRequestChecks.Year.of(program).last())) {
            return p.freezeBefore();
        }
        return request.getStart().toString();
    }

    private static void requirePending(AbsenceRequest request) {
        if (request.getStatus().isFinal()) {
            request.getStatus().after(RequestStatus.Action.APPROVE); // throws the 409 naming the status
        }
    }

    private static ProgramDocument.Absence absence(AbsenceRequest r) {
        return new ProgramDocument.Absence(r.getPerson().getExternalId(), r.getStart().toString(), r.getEnd().toString(),
                r.getKind());
    }
}
