package org.residency.scheduler.resilience.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.resilience.control.ResilienceTask;
import org.residency.scheduler.resilience.control.TaskQueue;
import org.residency.scheduler.resilience.entity.TaskRun;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The runs of the periodic tasks; every change of a run's state commits on its own. */
@Stateless
public class TaskRunService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    TaskQueue queue;

    /** Records a run and queues it (after {@code delay}) in the caller's transaction. */
    public TaskRun queue(ResilienceTask task, int attempt, Duration delay) {
        TaskRun run = new TaskRun(task.name(), attempt, now());
        em.persist(run);
        em.flush();
        queue.send(run.getId(), delay);
        return run;
    }

    /**
     * Marks a queued run RUNNING unless another run of its task is: the partial unique index on
     * (task) WHERE state = 'RUNNING' makes the flush fail for the second of two racing starts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TaskRun> start(long id) {
        TaskRun run = em.find(TaskRun.class, id);
        if (run == null || run.getState() != TaskRun.State.QUEUED || running(run.getTask())) {
            return Optional.empty();
        }
        run.start(now(), Runner.THIS_SERVER);
        em.flush();
        return Optional.of(run);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, TaskRun.State outcome, String detail) {
        TaskRun run = em.find(TaskRun.class, id);
        if (run != null) {
            run.finish(outcome, now(), detail);
        }
    }

    /** A queued run that found its task busy. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void skipIfQueued(long id, String why) {
        TaskRun run = em.find(TaskRun.class, id);
        if (run != null && run.getState() == TaskRun.State.QUEUED) {
            run.finish(TaskRun.State.SKIPPED, now(), why);
        }
    }

    /**
     * Runs left RUNNING by a stopped server can never finish: those started before {@code olderThan} ago
     * are failed, so the task is free again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failInterrupted(Duration olderThan) {
        return failRunning("r.startedAt < :which", now().minus(olderThan),
                "interrupted: no end was recorded, its server stopped during the run");
    }

    /**
     * Runs this server started and left RUNNING: called at startup (after a restart, a redeploy or a kill -9),
     * when none of them can end any more, so each task is free again at once. Runs of other servers are left
     * to {@link #failInterrupted}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failLeftByThisServer() {
        return failRunning("r.runner = :which", Runner.THIS_SERVER,
                "interrupted: " + Runner.THIS_SERVER + " restarted or redeployed during the run");
    }

    /** Fails the RUNNING runs that {@code condition} (on {@code r}, with parameter {@code :which}) picks. */
    private int failRunning(String condition, Object which, String why) {
        return em.createQuery("UPDATE TaskRun r SET r.state = :failed, r.finishedAt = :now, r.detail = :why "
                        + "WHERE r.state = :running AND " + condition)
                .setParameter("failed", TaskRun.State.FAILED).setParameter("running", TaskRun.State.RUNNING)
                .setParameter("now", now()).setParameter("why", why).setParameter("which", which)
                .executeUpdate();
    }

    public List<TaskRun> recent(int limit) {
        return em.createQuery("SELECT r FROM TaskRun r ORDER BY r.queuedAt DESC, r.id DESC", TaskRun.class)
                .setMaxResults(limit).getResultList();
    }

    private boolean running(String task) {
        return em.createQuery("SELECT COUNT(r) FROM TaskRun r WHERE r.task = :t AND r.state = :s", Long.class)
                .setParameter("t", task).setParameter("s", TaskRun.State.RUNNING).getSingleResult() > 0;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
