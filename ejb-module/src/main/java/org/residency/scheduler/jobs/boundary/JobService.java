package org.residency.scheduler.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.jobs.control.JobMessage;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobQueue;
import org.residency.scheduler.jobs.entity.DeadLetter;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;

import java.util.List;
import java.util.Optional;

/** Submits jobs and records every change of their state, each in its own transaction. */
@Stateless
public class JobService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    @Inject
    JobQueue queue;

    /** Stores the job and sends its message in one transaction: both happen or neither. */
    public Job submit(JobKind kind, Long programId, String scheduleKey) {
        Job job = new Job(kind, programId, scheduleKey);
        em.persist(job);
        em.flush();
        queue.enqueue(new JobMessage(job.getId(), kind));
        return job;
    }

    public Optional<Job> find(long id) {
        return Optional.ofNullable(em.find(Job.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Job> start(long id) {
        Job job = em.find(Job.class, id);
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeed(long id, JobOutcome outcome) {
        em.find(Job.class, id).succeed(outcome.resultJson(), outcome.resultLink());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String reason) {
        Job job = em.find(Job.class, id);
        if (job != null && !job.getState().isFinal()) {
            job.fail(reason);
        }
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
