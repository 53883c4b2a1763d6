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
import jakarta.persistence.Table;
import org.residency.scheduler.program.entity.Program;

import java.time.OffsetDateTime;

/** One import, generation or repair of a schedule for a program; kept as history when the schedule goes. */
@Entity
@Table(name = "schedule_run")
public class ScheduleRun {

    @Id
    @SequenceGenerator(name = "schedule_run_seq", sequenceName = "schedule_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_run_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Enumerated(EnumType.STRING)
    private RunKind kind;
    @Column(name = "started_at")
    private OffsetDateTime started;
    @Column(name = "finished_at")
    private OffsetDateTime finished;
    private String parameters;
    private String outcome;

    protected ScheduleRun() {
    }

    public ScheduleRun(Program program, RunKind kind, OffsetDateTime started, String parameters) {
        this.program = program;
        this.kind = kind;
        this.started = started;
        this.parameters = parameters;
    }

    public void finish(OffsetDateTime finished, String outcome) {
        this.finished = finished;
        this.outcome = outcome;
    }

    public Long getId() { return id; }
    public RunKind getKind() { return kind; }
    public OffsetDateTime getStarted() { return started; }
    public OffsetDateTime getFinished() { return finished; }
    public String getParameters() { return parameters; }
    public String getOutcome() { return outcome; }
}
