package org.residency.scheduler.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The system's state at one moment, recorded by the periodic snapshot timer. */
@Entity
@Table(name = "health_snapshot")
public class HealthSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "taken_at", nullable = false)
    private OffsetDateTime takenAt;

    private int programs;
    private int schedules;

    @Column(name = "jobs_queued")
    private int jobsQueued;

    @Column(name = "jobs_failed")
    private int jobsFailed;

    @Column(name = "heap_used_bytes")
    private long heapUsedBytes;

    @Column(name = "heap_max_bytes")
    private long heapMaxBytes;

    @Column(name = "database_ok")
    private boolean databaseOk;

    @Column(name = "cache_ok")
    private boolean cacheOk;

    protected HealthSnapshot() {
    }

    public HealthSnapshot(int programs, int schedules, int jobsQueued, int jobsFailed, boolean databaseOk, boolean cacheOk) {
        Runtime runtime = Runtime.getRuntime();
        this.takenAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.programs = programs;
        this.schedules = schedules;
        this.jobsQueued = jobsQueued;
        this.jobsFailed = jobsFailed;
        this.heapUsedBytes = runtime.totalMemory() - runtime.freeMemory();
        this.heapMaxBytes = runtime.maxMemory();
        this.databaseOk = databaseOk;
        this.cacheOk = cacheOk;
    }

    public Long getId() { return id; }
    public OffsetDateTime getTakenAt() { return takenAt; }
    public int getPrograms() { return programs; }
    public int getSchedules() { return schedules; }
    public int getJobsQueued() { return jobsQueued; }
    public int getJobsFailed() { return jobsFailed; }
    public long getHeapUsedBytes() { return heapUsedBytes; }
    public long getHeapMaxBytes() { return heapMaxBytes; }
    public boolean isDatabaseOk() { return databaseOk; }
    public boolean isCacheOk() { return cacheOk; }
}
