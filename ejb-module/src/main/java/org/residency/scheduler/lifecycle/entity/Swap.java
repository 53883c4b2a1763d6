package org.residency.scheduler.lifecycle.entity;

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
 * A swap of a call night or a day of the published schedule between two residents of a program; each step
 * records who (the account) and when. The cells its approval changed are kept for the roll-back.
 */
@Entity
@Table(name = "shift_swap")
public class Swap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "program_id")
    private long programId;
    @Column(name = "schedule_id")
    private long scheduleId;
    @Enumerated(EnumType.STRING)
    private SwapKind kind;
    @Column(name = "swap_date")
    private LocalDate date;
    @Column(name = "offered_by")
    private String offeredBy;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Enumerated(EnumType.STRING)
    private SwapState state;
    private String note;
    @Column(name = "offered_at")
    private OffsetDateTime offeredAt;
    @Column(name = "offered_user")
    private String offeredUser;
    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;
    @Column(name = "accepted_user")
    private String acceptedUser;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    private String reason;
    private String cells;
    @Column(name = "rolled_back_at")
    private OffsetDateTime rolledBackAt;
    @Column(name = "rolled_back_by")
    private String rolledBackBy;

    protected Swap() {
    }

    public Swap(long programId, long scheduleId, SwapKind kind, LocalDate date, String offeredBy, String note,
                String user, OffsetDateTime at) {
        this.programId = programId;
        this.scheduleId = scheduleId;
        this.kind = kind;
        this.date = date;
        this.offeredBy = offeredBy;
        this.note = note;
        this.state = SwapState.OFFERED;
        this.offeredUser = user;
        this.offeredAt = at;
    }

    public void accept(String resident, String user, OffsetDateTime at) {
        state = state.after(SwapState.Action.ACCEPT);
        acceptedBy = resident;
        acceptedUser = user;
        acceptedAt = at;
    }

    public void cancel(String user, OffsetDateTime at) {
        decide(SwapState.Action.CANCEL, user, at, null);
    }

    public void reject(String user, OffsetDateTime at, String why) {
        decide(SwapState.Action.REJECT, user, at, why);
    }

    public void approve(String user, OffsetDateTime at, String overrideReason, String changedCells) {
        decide(SwapState.Action.APPROVE, user, at, overrideReason);
        cells = changedCells;
    }

    public void rollBack(String user, OffsetDateTime at) {
        state = state.after(SwapState.Action.ROLL_BACK);
        rolledBackBy = user;
        rolledBackAt = at;
    }

    private void decide(SwapState.Action action, String user, OffsetDateTime at, String why) {
        state = state.after(action);
        decidedBy = user;
        decidedAt = at;
        reason = why;
    }

    public Long getId() { return id; }
    public long getProgramId() { return programId; }
    public long getScheduleId() { return scheduleId; }
    public SwapKind getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public String getOfferedBy() { return offeredBy; }
    public String getAcceptedBy() { return acceptedBy; }
    public SwapState getState() { return state; }
    public String getNote() { return note; }
    public OffsetDateTime getOfferedAt() { return offeredAt; }
    public String getOfferedUser() { return offeredUser; }
    public OffsetDateTime getAcceptedAt() { return acceptedAt; }
    public String getAcceptedUser() { return acceptedUser; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReason() { return reason; }
    public String getCells() { return cells; }
    public OffsetDateTime getRolledBackAt() { return rolledBackAt; }
    public String getRolledBackBy() { return rolledBackBy; }
}
