package org.residency.scheduler.engine;

import java.time.Duration;

/** The run's deadline and progress: shares of the time limit per stage, percent reports, elapsed time. */
final class Clock {

    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final Duration limit;
    private final ProgressListener listener;
    private int lastPercent;

    Clock(Duration limit, ProgressListener listener) {
        this.deadlineNanos = startNanos + limit.toNanos();
        this.limit = limit;
        this.listener = listener;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** {@code share} of what is left, at least {@code floor} so every stage gets to try. */
    Duration share(double share, Duration floor) {
        Duration part = Duration.ofNanos((long) (remaining().toNanos() * share));
        return part.compareTo(floor) < 0 ? floor : part;
    }

    /** {@code ofWhole} of the whole limit: a stage's nominal share. */
    Duration nominal(double ofWhole) {
        return Duration.ofNanos((long) (limit.toNanos() * ofWhole));
    }

    /**
     * A stage's budget: {@code ofWhole} of the whole limit as its nominal share (turned into CP-SAT work
     * units), and {@code ofRemaining} of what is left on the wall clock as its safety net; each at least
     * {@code floor}.
     */
    CpSolve.Budget budget(double ofRemaining, double ofWhole, Duration floor) {
        Duration nominal = nominal(ofWhole);
        return new CpSolve.Budget(share(ofRemaining, floor), nominal.compareTo(floor) < 0 ? floor : nominal);
    }

    void report(String stage, int percent, Long bestObjective) {
        lastPercent = Math.max(lastPercent, Math.min(100, percent));
        listener.onProgress(new SolveProgress(stage, lastPercent, bestObjective, elapsed()));
    }
}
