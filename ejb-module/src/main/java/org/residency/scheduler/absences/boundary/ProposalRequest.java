package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The optional body of {@code POST .../repair-proposal}: the repair job's solve parameters and freeze date,
 * as for {@code POST .../schedules/{sid}/repair}.
 */
@JsonbPropertyOrder({"freezeBefore", "timeLimitSeconds", "seed", "threads"})
public record ProposalRequest(String freezeBefore, Integer timeLimitSeconds, Long seed, Integer threads) {

    public static ProposalRequest defaults() {
        return new ProposalRequest(null, null, null, null);
    }
}
