package org.residency.scheduler.schedule.entity;

/** How a schedule came to be. Stored by name. */
public enum RunKind {
    IMPORT, GENERATED, REPAIR, FALLBACK
}
