package org.residency.scheduler.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.jobs.control.JobMessage;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobQueue;
import org.residency.scheduler.jobs.control.RunningJobs;
import org.residency.scheduler.jobs.entity.DeadLetter;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.jobs.entity.JobState;

import java.util.List;
import java.util.Optional;

/** Submits jobs and records every change of their state, each in its own transaction. */
@Stateless
public class JobService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    @Inject
    JobQueue queue;

    @Inject
    RunningJobs running;

    /** Stores the job and sends its message in one transaction: both happen or neither. */
    public Job submit(JobKind kind, Long programId, String scheduleKey) {
        return submit(kind, programId, scheduleKey, null);
    }

    /**
     * As {@link #submit(JobKind, Long, String)}, with the request's parameters as JSON. A solver job is
     * refused (409) while another one of the same program is queued or running; a unique index settles
     * two submissions that race past this check.
     */
    public Job submit(JobKind kind, Long programId, String scheduleKey, String parameters) {
        if (kind.isSolve()) {
            activeSolve(programId).ifPresent(other -> {
                throw new ConflictException("program " + programId + " already has a " + other.getKind()
                        + " job " + other.getState() + " (job " + other.getId() + "); wait for it or cancel it"
                        + " with DELETE /api/jobs/" + other.getId());
            });
        }
        Job job = new Job(kind, programId, scheduleKey, parameters);
        em.persist(job);
        em.flush();
        queue.enqueue(new JobMessage(job.getId(), kind));
        return job;
    }

    private Optional<Job> activeSolve(Long programId) {
        return em.createQuery("SELECT j FROM Job j WHERE j.programId = :p AND j.kind IN :kinds AND j.state IN :states",
                        Job.class)
                .setParameter("p", programId)
                .setParameter("kinds", List.of(JobKind.GENERATE_SCHEDULE, JobKind.REPAIR_SCHEDULE))
                .setParameter("states", List.of(JobState.QUEUED, JobState.RUNNING))
                .getResultStream().findFirst();
    }

    public Optional<Job> find(long id) {
        return Optional.ofNullable(em.find(Job.class, id));
    }

    /** Locks the row, so a cancel of a queued job and its start cannot both win. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Job> start(long id) {
        Job job = em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getState().isFinal()) {
            return Optional.empty();
        }
        job.start();
        return Optional.of(job);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, int percent) {
        Job job = em.find(Job.class, id);
        if (job != null) {
            job.progress(percent);
        }
    }

    /**
     * A solver's progress report. One conditional statement, so a report racing with the job's end never
     * overwrites what the end wrote: once the job is no longer RUNNING it changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void report(long id, int percent, String stage, Long bestObjective, long elapsedMillis) {
        int clamped = Math.max(0, Math.min(100, percent));
        em.createQuery("UPDATE Job j SET j.progress = CASE WHEN j.progress < :p THEN :p ELSE j.progress END,"
                        + " j.stage = :stage, j.bestObjective = :best, j.elapsedMillis = :elapsed"
                        + " WHERE j.id = :id AND j.state = :running")
                .setParameter("p", clamped).setParameter("stage", stage).setParameter("best", bestObjective)
                .setParameter("elapsed", elapsedMillis).setParameter("id", id)
                .setParameter("running", JobState.RUNNING).executeUpdate();
    }

    /** Ends the job as its outcome says: SUCCEEDED, or CANCELLED keeping what it produced. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeed(long id, JobOutcome outcome) {
        Job job = em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (outcome.producedSchedule() != null) {
            job.produced(outcome.producedSchedule());
        }
        if (outcome.state() == JobState.CANCELLED) {
            job.cancel(outcome.note(), outcome.resultJson(), outcome.resultLink());
        } else {
            job.succeed(outcome.resultJson(), outcome.resultLink());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String reason) {
        fail(id, reason, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String reason, String resultJson) {
        Job job = em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && !job.getState().isFinal()) {
            job.fail(reason, resultJson);
        }
    }

    /** A job that stopped on request before it had anything to keep. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void cancelled(long id, String why, String resultJson) {
        Job job = em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && !job.getState().isFinal()) {
            job.cancel(why, resultJson, null);
        }
    }

    /**
     * Cancels a job. A queued one ends CANCELLED now and its message is skipped when it arrives. A running
     * solver job is asked to stop: the request is stored first and then the solver in this JVM is told, so
     * a job that registers in between still sees the stored request; it ends CANCELLED by itself, keeping
     * its best schedule if it has one. A finished job, or a running job of a kind that cannot be
     * interrupted, is a conflict (409).
     */
    public Job cancel(long id) {
        Job job = em.find(Job.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new ResourceNotFoundException("There is no job " + id + ".");
        }
        if (job.getState().isFinal()) {
            throw new ConflictException("job " + id + " is already " + job.getState() + "; only a queued or running"
                    + " job can be cancelled");
        }
        if (job.getState() == JobState.QUEUED) {
            job.cancel("cancelled before it started", null, null);
            return job;
        }
        if (!job.getKind().isSolve()) {
            throw new ConflictException("a running " + job.getKind() + " job cannot be interrupted; it ends shortly");
        }
        job.requestCancel();
        em.flush();
        return job;
    }

    /** Tells the running job in this JVM to stop; called after {@link #cancel} has committed. */
    public boolean interrupt(long id) {
        return running.cancel(id);
    }

    /** Whether a cancel was stored for the job; read fresh, not from a cache. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean cancelRequested(long id) {
        return em.createQuery("SELECT j.cancelRequested FROM Job j WHERE j.id = :id", Boolean.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(false);
    }

    /** Records a message the broker gave up on; a job it names is failed so nobody waits for it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeadLetter deadLettered(String destination, String body, String reason) {
        DeadLetter letter = new DeadLetter(destination, body, reason);
        em.persist(letter);
        try {
            JobMessage message = JobMessage.parse(body);
            Job job = em.find(Job.class, message.jobId());
            if (job != null && !job.getState().isFinal()) {
                job.fail("dead-lettered after failed deliveries: " + reason);
            }
        } catch (RuntimeException notAJobMessage) {
            // Nothing to fail: the letter itself is the record.
        }
        return letter;
    }

    public List<DeadLetter> deadLetters(int limit) {
        return em.createQuery("SELECT d FROM DeadLetter d ORDER BY d.id DESC", DeadLetter.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
