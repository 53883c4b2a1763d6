package org.residency.scheduler.absences.control;

import java.time.OffsetDateTime;

/** One stored schedule as it was at one moment: its key and when it last changed. */
public record ScheduleVersion(String key, OffsetDateTime updated) {

    /** Same schedule, not changed since (compared to the microsecond PostgreSQL keeps). */
    public boolean sameAs(String otherKey, OffsetDateTime otherUpdated) {
        return key.equals(otherKey) && updated.toInstant().equals(otherUpdated.toInstant());
    }
}
