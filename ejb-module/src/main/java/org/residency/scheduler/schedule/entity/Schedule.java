package org.residency.scheduler.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    public Long getId() { return id; }
    public Program getProgram() { return program; }
    public String getKey() { return key; }
    public String getProgramLabel() { return programLabel; }
    public OffsetDateTime getCreated() { return created; }
    public OffsetDateTime getUpdated() { return updated; }
    public ScheduleRun getRun() { return run; }
}
