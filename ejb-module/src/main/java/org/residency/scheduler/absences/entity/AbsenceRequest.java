package org.residency.scheduler.absences.entity;

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
import jakarta.persistence.Table;
import org.residency.scheduler.program.entity.Person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request for time away by or for one person of a program. Only an approved request becomes an
 * {@code Absence} of the program (and so something the engine and the validator see).
 */
@Entity
@Table(name = "absence_request")
public class AbsenceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;
    @Column(name = "end_date", nullable = false)
    private LocalDate end;
    @Column(nullable = false)
    private String kind;
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "absence_id")
    private Long absenceId;
    @Column(name = "repaired_schedule")
    private String repairedSchedule;
    @Column(name = "proposal_job_id")
    private Long proposalJobId;

    protected AbsenceRequest() {
    }

    public AbsenceRequest(long programId, Person person, LocalDate start, LocalDate end, String kind, String note,
                          String requestedBy, OffsetDateTime requestedAt) {
        this.programId = programId;
        this.person = person;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.note = note;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = RequestStatus.REQUESTED;
    }

    /** Moves the request on; a request already decided refuses (409) and stays as it was. */
    public void decide(RequestStatus.Action action, String who, OffsetDateTime when, String comment) {
        status = status.after(action);
        decidedBy = who;
        decidedAt = when;
        decisionComment = comment;
    }

    /** What an approval changed: the absence added and, with a repair, the schedule stored. */
    public void applied(Long absence, String schedule) {
        absenceId = absence;
        repairedSchedule = schedule;
    }

    public void proposing(long jobId) {
        proposalJobId = jobId;
    }

    public Long getId() { return id; }
    public Long getProgramId() { return programId; }
    public Person getPerson() { return person; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public String getKind() { return kind; }
    public String getNote() { return note; }
    public RequestStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public Long getAbsenceId() { return absenceId; }
    public String getRepairedSchedule() { return repairedSchedule; }
    public Long getProposalJobId() { return proposalJobId; }
}
