package org.residency.scheduler.resilience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.residency.scheduler.resilience.analysis.DefenseLevel;
import org.residency.scheduler.resilience.analysis.LevelChange;

import java.time.OffsetDateTime;

/** A recorded change of a program's defense level. */
@Entity
@Table(name = "defense_level_change")
public class LevelChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "program_id", nullable = false)
    private long programId;
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    private DefenseLevel from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false)
    private DefenseLevel to;
    @Column(nullable = false)
    private String cause;

    protected LevelChangeRecord() {
    }

    public LevelChangeRecord(long programId, LevelChange change) {
        this.programId = programId;
        this.changedAt = change.at();
        this.from = change.from();
        this.to = change.to();
        this.cause = change.cause();
    }

    public LevelChange change() {
        return new LevelChange(from, to, changedAt, cause);
    }

    public Long getId() { return id; }
    public long getProgramId() { return programId; }
    public DefenseLevel getTo() { return to; }
}
