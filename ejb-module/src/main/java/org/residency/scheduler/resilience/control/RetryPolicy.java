package org.residency.scheduler.resilience.control;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed task run is tried again: after {@code base}, then twice that, four times... up to
 * {@code attempts} runs in all; after the last one the failure is reported and not retried.
 */
public record RetryPolicy(int attempts, Duration base) {

    public RetryPolicy {
        if (attempts < 1 || base.isNegative()) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt and a non-negative delay");
        }
    }

    /** The delay before the next attempt after {@code failedAttempt} (1-based) failed; empty when none is left. */
    public Optional<Duration> delayAfter(int failedAttempt) {
        if (failedAttempt >= attempts) {
            return Optional.empty();
        }
        return Optional.of(base.multipliedBy(1L << Math.min(20, failedAttempt - 1)));
    }
}
