package org.residency.scheduler.lifecycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A change made against the rules with a reason: a publish with hard violations, or an edit or swap that
 * introduced violations or changed frozen days of the published schedule. Never changed once written.
 */
@Entity
@Table(name = "schedule_override")
public class ScheduleOverride {

    public enum Kind { PUBLISH, EDIT, SWAP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "schedule_id")
    private long scheduleId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String actor;
    private OffsetDateTime at;
    private String what;
    private String reason;
    private boolean frozen;
    /** The hard violations it introduced, as a JSON array. */
    private String violations;

    protected ScheduleOverride() {
    }

    public ScheduleOverride(long scheduleId, Kind kind, String actor, OffsetDateTime at, String what, String reason,
                            boolean frozen, String violations) {
        this.scheduleId = scheduleId;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.what = what;
        this.reason = reason;
        this.frozen = frozen;
        this.violations = violations;
    }

    public Long getId() { return id; }
    public long getScheduleId() { return scheduleId; }
    public Kind getKind() { return kind; }
    public String getActor() { return actor; }
    public OffsetDateTime getAt() { return at; }
    public String getWhat() { return what; }
    public String getReason() { return reason; }
    public boolean isFrozen() { return frozen; }
    public String getViolations() { return violations; }
}
