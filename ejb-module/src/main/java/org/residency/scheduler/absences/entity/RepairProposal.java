package org.residency.scheduler.absences.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * What a repair proposal job produced for a request: the repaired schedule (not yet one of the program's
 * schedules), the changes and the check after the repair, and which version of which schedule it repaired.
 */
@Entity
@Table(name = "absence_repair_proposal")
public class RepairProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;
    @Column(name = "job_id", nullable = false)
    private Long jobId;
    @Column(name = "base_schedule", nullable = false)
    private String baseSchedule;
    @Column(name = "base_updated", nullable = false)
    private OffsetDateTime baseUpdated;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "schedule_json", nullable = false)
    private String scheduleJson;
    @Column(name = "changes_json", nullable = false)
    private String changesJson;
    @Column(name = "report_json", nullable = false)
    private String reportJson;

    protected RepairProposal() {
    }

    public RepairProposal(long requestId, long jobId, String baseSchedule, OffsetDateTime baseUpdated,
                          OffsetDateTime createdAt, String scheduleJson, String changesJson, String reportJson) {
        this.requestId = requestId;
        this.jobId = jobId;
        this.baseSchedule = baseSchedule;
        this.baseUpdated = baseUpdated;
        this.createdAt = createdAt;
        this.scheduleJson = scheduleJson;
        this.changesJson = changesJson;
        this.reportJson = reportJson;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Long getJobId() { return jobId; }
    public String getBaseSchedule() { return baseSchedule; }
    public OffsetDateTime getBaseUpdated() { return baseUpdated; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getScheduleJson() { return scheduleJson; }
    public String getChangesJson() { return changesJson; }
    public String getReportJson() { return reportJson; }
}
