package org.residency.scheduler.resilience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One run (one attempt) of a periodic task: queued by its timer, RUNNING while a consumer works on it
 * (a partial unique index allows one RUNNING row per task), then SUCCEEDED, RETRYING (a later attempt
 * is queued), FAILED (no attempt left: reported) or SKIPPED (another run of the task was running).
 */
@Entity
@Table(name = "task_run")
public class TaskRun {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, RETRYING, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String task;
    private int attempt;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;
    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    private String detail;
    /** The server that started it ({@code instance@host}). */
    private String runner;

    protected TaskRun() {
    }

    public TaskRun(String task, int attempt, OffsetDateTime queuedAt) {
        this.task = task;
        this.attempt = attempt;
        this.state = State.QUEUED;
        this.queuedAt = queuedAt;
    }

    public void start(OffsetDateTime at, String by) {
        state = State.RUNNING;
        startedAt = at;
        runner = by;
    }

    public void finish(State outcome, OffsetDateTime at, String why) {
        state = outcome;
        finishedAt = at;
        detail = why;
    }

    public Long getId() { return id; }
    public String getTask() { return task; }
    public int getAttempt() { return attempt; }
    public State getState() { return state; }
    public OffsetDateTime getQueuedAt() { return queuedAt; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
    public String getDetail() { return detail; }
    public String getRunner() { return runner; }
}
