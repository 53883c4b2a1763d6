package org.residency.scheduler.schedule.boundary;

/** Whether a put made a new schedule (201) or replaced one (200). */
public enum PutOutcome {
    CREATED, REPLACED
}
