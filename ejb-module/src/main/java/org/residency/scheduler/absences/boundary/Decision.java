package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The body of {@code POST .../approve} and {@code .../reject}.
 *
 * @param comment     optional words for the requester
 * @param proposalJob approve only: the job of the repair proposal to apply (its repaired schedule is stored
 *                    with the absence); leave it out to approve without a repair
 */
@JsonbPropertyOrder({"comment", "proposalJob"})
public record Decision(String comment, Long proposalJob) {

    public static Decision none() {
        return new Decision(null, null);
    }
}
