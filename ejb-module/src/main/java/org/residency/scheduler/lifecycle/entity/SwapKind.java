package org.residency.scheduler.lifecycle.entity;

/** What a resident offers: one call night, or a whole day (AM and PM). Stored by name. */
public enum SwapKind {
    CALL, DAY
}
