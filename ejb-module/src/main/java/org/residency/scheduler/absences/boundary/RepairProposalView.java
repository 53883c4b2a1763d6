package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The latest repair proposal of a request: its job while it runs; once it succeeded, what it would change
 * and the check after the repair. {@code current} is false once the repaired schedule has changed (or
 * another schedule became the target) since: approving with it is then refused (409).
 *
 * @param state     the job's state: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
 * @param error     why it failed (e.g. no repair exists), when it did
 * @param proposal  whether a repaired schedule is ready to approve with
 */
@JsonbPropertyOrder({"requestId", "job", "state", "progress", "stage", "error", "proposal", "baseSchedule",
        "current", "changeCount", "changes", "after"})
public record RepairProposalView(long requestId, long job, String state, int progress, String stage, String error,
                                 boolean proposal, String baseSchedule, boolean current, int changeCount,
                                 List<ProposedChange> changes, ProposalReport after) {

    public boolean isRunning() {
        return "QUEUED".equals(state) || "RUNNING".equals(state);
    }
}
