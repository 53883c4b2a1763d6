package org.residency.scheduler.generation.control;

/**
 * What the server allows a solve: its solver threads (default and most), and the time limit's default
 * and most, in seconds.
 */
public record SolveLimits(int threads, int defaultTimeLimitSeconds, int maxTimeLimitSeconds) {

    public SolveLimits {
        if (threads < 1) {
            throw new IllegalArgumentException("engine.threads must be at least 1, is " + threads);
        }
        if (maxTimeLimitSeconds < 1 || defaultTimeLimitSeconds < 1 || defaultTimeLimitSeconds > maxTimeLimitSeconds) {
            throw new IllegalArgumentException("engine time limits must satisfy 1 <= default (" + defaultTimeLimitSeconds
                    + ") <= max (" + maxTimeLimitSeconds + ")");
        }
    }
}
