package org.residency.scheduler.lifecycle.control;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollbackWindowTest {

    private static final OffsetDateTime APPROVED = OffsetDateTime.of(2026, 11, 27, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void openForTwentyFourHoursAfterTheApproval() {
        assertTrue(RollbackWindow.open(APPROVED, APPROVED));
        assertTrue(RollbackWindow.open(APPROVED, APPROVED.plusHours(23).plusMinutes(59)));
        assertFalse(RollbackWindow.open(APPROVED, APPROVED.plusHours(24)));
        assertFalse(RollbackWindow.open(null, APPROVED), "never approved");
    }
}
