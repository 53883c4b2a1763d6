package org.residency.scheduler.resilience.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Backoff doubles from the base delay; after the last attempt nothing is retried. */
class RetryPolicyTest {

    @Test
    void delaysDoubleUntilTheAttemptsAreUsedUp() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(60));
        assertEquals(Optional.of(Duration.ofSeconds(60)), policy.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(120)), policy.delayAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(240)), policy.delayAfter(3));
        assertEquals(Optional.empty(), policy.delayAfter(4));
    }

    @Test
    void oneAttemptMeansNoRetry() {
        assertEquals(Optional.empty(), new RetryPolicy(1, Duration.ofSeconds(5)).delayAfter(1));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO));
    }

    @Test
    void schedulesReadSecondMinuteHourAndAnOptionalWeekday() {
        var daily = ScheduleSpec.parse("k", "0 0 2");
        assertEquals("0", daily.getSecond());
        assertEquals("2", daily.getHour());
        assertEquals("*", daily.getDayOfWeek());
        assertEquals("Sun", ScheduleSpec.parse("k", "0 0 3 Sun").getDayOfWeek());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.parse("k", "daily"));
        assertEquals("k must be 'second minute hour [day-of-week]' or 'off', got: daily", e.getMessage());
    }
}
