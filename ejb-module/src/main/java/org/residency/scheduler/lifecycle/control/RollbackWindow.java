package org.residency.scheduler.lifecycle.control;

import java.time.Duration;
import java.time.OffsetDateTime;

/** An approved swap may be rolled back for 24 hours after its approval; later, it is an ordinary edit. */
public final class RollbackWindow {

    public static final Duration LENGTH = Duration.ofHours(24);

    private RollbackWindow() {
    }

    public static boolean open(OffsetDateTime approvedAt, OffsetDateTime now) {
        return approvedAt != null && now.isBefore(approvedAt.plus(LENGTH));
    }
}
