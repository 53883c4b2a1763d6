package org.residency.scheduler.jobs.control;

import org.residency.scheduler.jobs.entity.JobState;

/**
 * What a finished job produced: a JSON result and a link to the resource it concerns. A job cancelled
 * while running may still have produced something (a solver keeps its best schedule): it ends
 * CANCELLED with that result and {@code note} saying why.
 *
 * @param producedSchedule the id of a schedule the job stored, or null
 */
public record JobOutcome(JobState state, String resultJson, String resultLink, String producedSchedule, String note) {

    public JobOutcome(String resultJson, String resultLink) {
        this(JobState.SUCCEEDED, resultJson, resultLink, null, null);
    }

    public static JobOutcome succeeded(String resultJson, String resultLink, String producedSchedule) {
        return new JobOutcome(JobState.SUCCEEDED, resultJson, resultLink, producedSchedule, null);
    }

    public static JobOutcome cancelled(String why, String resultJson, String resultLink, String producedSchedule) {
        return new JobOutcome(JobState.CANCELLED, resultJson, resultLink, producedSchedule, why);
    }
}
