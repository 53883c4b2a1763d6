package org.residency.scheduler.jobs.entity;

/** Life of a job: QUEUED, then RUNNING, then one of the final states. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
