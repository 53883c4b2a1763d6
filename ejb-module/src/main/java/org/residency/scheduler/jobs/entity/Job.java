package org.residency.scheduler.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One piece of asynchronous work and what became of it. */
@Entity
@Table(name = "job")
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobState state;

    private int progress;

    @Column(name = "program_id")
    private Long programId;

    @Column(name = "schedule_key")
    private String scheduleKey;

    private String result;

    @Column(name = "result_link")
    private String resultLink;

    private String error;

    private int attempts;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    /** What a solver job is doing now, in words; the best objective of that stage and time spent. */
    private String stage;

    @Column(name = "best_objective")
    private Long bestObjective;

    @Column(name = "elapsed_ms")
    private Long elapsedMillis;

    /** The request as JSON (time limit, seed, priorities; for a repair the absence and freeze date). */
    private String parameters;

    /** The schedule a generation or repair stored (a new id), also when cancelled with a result. */
    @Column(name = "produced_schedule")
    private String producedSchedule;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    protected Job() {
    }

    public Job(JobKind kind, Long programId, String scheduleKey) {
        this(kind, programId, scheduleKey, null);
    }

    public Job(JobKind kind, Long programId, String scheduleKey, String parameters) {
        this.kind = kind;
        this.programId = programId;
        this.scheduleKey = scheduleKey;
        this.parameters = parameters;
        this.state = JobState.QUEUED;
        this.createdAt = now();
    }

    public void start() {
        state = JobState.RUNNING;
        attempts++;
        startedAt = now();
    }

    public void progress(int percent) {
        progress = Math.max(0, Math.min(100, percent));
    }

    public void succeed(String resultJson, String link) {
        state = JobState.SUCCEEDED;
        progress = 100;
        result = resultJson;
        resultLink = link;
        finishedAt = now();
    }

    public void fail(String reason) {
        fail(reason, null);
    }

    public void fail(String reason, String resultJson) {
        state = JobState.FAILED;
        error = reason;
        result = resultJson;
        finishedAt = now();
    }

    /** Ends the job as cancelled, keeping what it produced before it stopped (may be nothing). */
    public void cancel(String why, String resultJson, String link) {
        state = JobState.CANCELLED;
        error = why;
        result = resultJson;
        resultLink = link;
        finishedAt = now();
    }

    public void requestCancel() {
        cancelRequested = true;
    }

    public void produced(String scheduleId) {
        producedSchedule = scheduleId;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public JobKind getKind() { return kind; }
    public JobState getState() { return state; }
    public int getProgress() { return progress; }
    public Long getProgramId() { return programId; }
    public String getScheduleKey() { return scheduleKey; }
    public String getResult() { return result; }
    public String getResultLink() { return resultLink; }
    public String getError() { return error; }
    public int getAttempts() { return attempts; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
    public String getStage() { return stage; }
    public Long getBestObjective() { return bestObjective; }
    public Long getElapsedMillis() { return elapsedMillis; }
    public String getParameters() { return parameters; }
    public String getProducedSchedule() { return producedSchedule; }
    public boolean isCancelRequested() { return cancelRequested; }
}
