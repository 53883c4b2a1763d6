package org.residency.scheduler.jobs.entity;

/** The kinds of long-running work the job queue carries. */
public enum JobKind {
    /** Check a stored schedule against every hard rule of its program and store the report. */
    VALIDATE_SCHEDULE,
    /** Build a whole year for a program with the engine and store it as a new schedule. */
    GENERATE_SCHEDULE,
    /** Repair a stored schedule after a new absence or a removed person; stored as a new schedule. */
    REPAIR_SCHEDULE,
    /** Exact N-1/N-2 contingency analysis of a program's published schedule, with its fallback schedules. */
    RESILIENCE_CONTINGENCY;

    /**
     * Solver jobs run on their own queue, one at a time (see {@code SolverConsumer}), may be cancelled
     * while running, and only one of them per program may be queued or running.
     */
    public boolean isSolve() {
        return this == GENERATE_SCHEDULE || this == REPAIR_SCHEDULE;
    }
}
