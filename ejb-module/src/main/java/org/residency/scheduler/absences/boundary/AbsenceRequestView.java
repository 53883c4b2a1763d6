package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.absences.entity.AbsenceRequest;

import java.time.temporal.ChronoUnit;

/**
 * An absence request as clients see it; times ISO-8601 with offset. After an approval {@code absence} is the
 * id of the program's absence it added and {@code repairedSchedule} the schedule it stored (with a repair).
 */
@JsonbPropertyOrder({"id", "programId", "person", "personName", "start", "end", "days", "kind", "note", "status",
        "requestedBy", "requestedAt", "decidedBy", "decidedAt", "comment", "absence", "repairedSchedule",
        "proposalJob"})
public record AbsenceRequestView(long id, long programId, String person, String personName, String start, String end,
                                 long days, String kind, String note, String status, String requestedBy,
                                 String requestedAt, String decidedBy, String decidedAt, String comment, Long absence,
                                 String repairedSchedule, Long proposalJob) {

    static AbsenceRequestView of(AbsenceRequest r) {
        return new AbsenceRequestView(r.getId(), r.getProgramId(), r.getPerson().getExternalId(),
                r.getPerson().getName(), r.getStart().toString(), r.getEnd().toString(),
                ChronoUnit.DAYS.between(r.getStart(), r.getEnd()) + 1, r.getKind(), r.getNote(), r.getStatus().name(),
                r.getRequestedBy(), r.getRequestedAt().toString(), r.getDecidedBy(),
                r.getDecidedAt() == null ? null : r.getDecidedAt().toString(), r.getDecisionComment(),
                r.getAbsenceId(), r.getRepairedSchedule(), r.getProposalJobId());
    }

    public boolean isPending() {
        return "REQUESTED".equals(status);
    }
}
