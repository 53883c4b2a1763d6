package org.residency.scheduler.jobs.entity;

/** The kinds of long-running work the job queue carries. */
public enum JobKind {
    /** Check a stored schedule against every hard rule of its program and store the report. */
    VALIDATE_SCHEDULE,
    /** Exact N-1/N-2 contingency analysis of a program's published schedule, with its fallback schedules. */
    RESILIENCE_CONTINGENCY
}
