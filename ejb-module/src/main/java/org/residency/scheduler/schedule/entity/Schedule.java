package org.residency.scheduler.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.residency.scheduler.program.entity.Program;

import java.time.OffsetDateTime;

/**
 * One schedule of a program, named by a client-chosen key unique within the program. Its rows (blocks, days,
 * call) are separate entities written in bulk and read back by projection, never as a mapped collection.
 */
@Entity
public class Schedule {

    @Id
    @SequenceGenerator(name = "schedule_seq", sequenceName = "schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(name = "schedule_key")
    private String key;
    /** The document's "program" field as written (the program's name when it has one). */
    @Column(name = "program_label")
    private String programLabel;
    @Column(name = "created_at")
    private OffsetDateTime created;
    @Column(name = "updated_at")
    private OffsetDateTime updated;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private ScheduleRun run;

    @Enumerated(EnumType.STRING)
    private ScheduleStatus status = ScheduleStatus.DRAFT;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "publish_reason")
    private String publishReason;

    protected Schedule() {
    }

    public Schedule(Program program, String key, OffsetDateTime created) {
        this.program = program;
        this.key = key;
        this.created = created;
        this.updated = created;
    }

    public void replacedBy(ScheduleRun run, String programLabel, OffsetDateTime when) {
        this.run = run;
        this.programLabel = programLabel;
        this.updated = when;
    }

    /** Makes this the program's published schedule; the caller archives the previous one first. */
    public void publish(String who, OffsetDateTime when, String reason) {
        this.status = ScheduleStatus.PUBLISHED;
        this.publishedAt = when;
        this.publishedBy = who;
        this.publishReason = reason;
    }

    public void archive() {
        this.status = ScheduleStatus.ARCHIVED;
    }

    /** Cells changed in place (an edit or a swap): a new version for caches and analyses. */
    public void changed(OffsetDateTime when) {
        this.updated = when;
    }

    public Long getId() { return id; }
    public Program getProgram() { return program; }
    public String getKey() { return key; }
    public String getProgramLabel() { return programLabel; }
    public OffsetDateTime getCreated() { return created; }
    public OffsetDateTime getUpdated() { return updated; }
    public ScheduleRun getRun() { return run; }
    public ScheduleStatus getStatus() { return status; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public String getPublishReason() { return publishReason; }
}
