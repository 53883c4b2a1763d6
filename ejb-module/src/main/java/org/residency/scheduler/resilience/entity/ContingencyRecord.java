package org.residency.scheduler.resilience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stored contingency analysis: the ranked tables as JSON, and the schedule version they were computed for. */
@Entity
@Table(name = "contingency_analysis")
public class ContingencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "program_id", nullable = false)
    private long programId;
    @Column(name = "schedule_id", nullable = false)
    private long scheduleId;
    @Column(name = "schedule_key", nullable = false)
    private String scheduleKey;
    @Column(name = "schedule_updated_at", nullable = false)
    private OffsetDateTime scheduleUpdatedAt;
    @Column(name = "computed_at", nullable = false)
    private OffsetDateTime computedAt;
    @Column(name = "range_from", nullable = false)
    private LocalDate from;
    @Column(name = "range_to", nullable = false)
    private LocalDate to;
    @Column(name = "critical_people")
    private int criticalPeople;
    @Column(name = "critical_pairs")
    private int criticalPairs;
    private long millis;
    @Column(nullable = false)
    private String report;

    protected ContingencyRecord() {
    }

    public ContingencyRecord(long programId, long scheduleId, String scheduleKey, OffsetDateTime scheduleUpdatedAt,
                             OffsetDateTime computedAt, LocalDate from, LocalDate to, int criticalPeople,
                             int criticalPairs, long millis, String report) {
        this.programId = programId;
        this.scheduleId = scheduleId;
        this.scheduleKey = scheduleKey;
        this.scheduleUpdatedAt = scheduleUpdatedAt;
        this.computedAt = computedAt;
        this.from = from;
        this.to = to;
        this.criticalPeople = criticalPeople;
        this.criticalPairs = criticalPairs;
        this.millis = millis;
        this.report = report;
    }

    public Long getId() { return id; }
    public long getProgramId() { return programId; }
    public long getScheduleId() { return scheduleId; }
    public String getScheduleKey() { return scheduleKey; }
    public OffsetDateTime getScheduleUpdatedAt() { return scheduleUpdatedAt; }
    public OffsetDateTime getComputedAt() { return computedAt; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public int getCriticalPeople() { return criticalPeople; }
    public int getCriticalPairs() { return criticalPairs; }
    public long getMillis() { return millis; }
    public String getReport() { return report; }
}
