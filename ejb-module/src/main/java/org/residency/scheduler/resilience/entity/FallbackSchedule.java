package org.residency.scheduler.resilience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A precomputed repair of the published schedule for the loss of one person over a range: READY until
 * someone activates it (it then replaces the schedule, the replaced document kept), ROLLED_BACK after.
 */
@Entity
@Table(name = "fallback_schedule")
public class FallbackSchedule {

    public enum State { READY, ACTIVE, ROLLED_BACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "program_id", nullable = false)
    private long programId;
    @Column(name = "analysis_id")
    private Long analysisId;
    @Column(name = "source_schedule_id", nullable = false)
    private long sourceScheduleId;
    @Column(name = "person_ref", nullable = false)
    private String person;
    @Column(name = "range_from", nullable = false)
    private LocalDate from;
    @Column(name = "range_to", nullable = false)
    private LocalDate to;
    private int changes;
    @Column(nullable = false)
    private String document;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;
    @Column(name = "activated_by")
    private String activatedBy;
    @Column(name = "previous_document")
    private String previousDocument;
    @Column(name = "absence_id")
    private Long absenceId;
    @Column(name = "rolled_back_at")
    private OffsetDateTime rolledBackAt;
    @Column(name = "rolled_back_by")
    private String rolledBackBy;

    protected FallbackSchedule() {
    }

    public FallbackSchedule(long programId, Long analysisId, long sourceScheduleId, String person, LocalDate from,
                            LocalDate to, int changes, String document, OffsetDateTime createdAt) {
        this.programId = programId;
        this.analysisId = analysisId;
        this.sourceScheduleId = sourceScheduleId;
        this.person = person;
        this.from = from;
        this.to = to;
        this.changes = changes;
        this.document = document;
        this.createdAt = createdAt;
        this.state = State.READY;
    }

    public void activated(String by, OffsetDateTime at, String replacedDocument, long addedAbsence) {
        state = State.ACTIVE;
        absenceId = addedAbsence;
        activatedBy = by;
        activatedAt = at;
        previousDocument = replacedDocument;
    }

    public void rolledBack(String by, OffsetDateTime at) {
        state = State.ROLLED_BACK;
        rolledBackBy = by;
        rolledBackAt = at;
    }

    public Long getId() { return id; }
    public long getProgramId() { return programId; }
    public long getSourceScheduleId() { return sourceScheduleId; }
    public String getPerson() { return person; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public int getChanges() { return changes; }
    public String getDocument() { return document; }
    public State getState() { return state; }
    public String getPreviousDocument() { return previousDocument; }
    public Long getAbsenceId() { return absenceId; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getActivatedAt() { return activatedAt; }
    public String getActivatedBy() { return activatedBy; }
    public OffsetDateTime getRolledBackAt() { return rolledBackAt; }
    public String getRolledBackBy() { return rolledBackBy; }
}
