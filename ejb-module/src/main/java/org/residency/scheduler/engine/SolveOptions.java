package org.residency.scheduler.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run the engine.
 *
 * @param timeLimit  wall-clock limit for the whole run; the best valid schedule found by then is returned
 * @param seed       the solver's random seed: the same program, seed and thread count give the same schedule
 * @param threads    solver worker threads (bounded so the server stays responsive)
 * @param priorities soft goals, most important first; goals left out are not optimised
 * @param effort     optimise within the time limit, or stop at the first valid answer
 * @param deterministic search in deterministic batches (CP-SAT's interleaved search), so the same
 *                   program, seed and thread count give the same schedule. Every stage already stops
 *                   on work done or on its proven bound rather than on the clock; what repeatability
 *                   costs is search strength per unit of work (fewer, batched subsolvers; measured in
 *                   docs/benchmarks.md). A run that meets its wall-clock safety net can still differ.
 */
public record SolveOptions(Duration timeLimit, long seed, int threads, List<SoftGoal> priorities, Effort effort,
                           boolean deterministic) {

    /** How hard each stage works once it has a valid answer. */
    public enum Effort {
        /** Improve until proven optimal or out of time. */
        OPTIMISE,
        /**
         * Stop each stage at its first solution: a quick valid year, or, for a repair, whether one
         * exists at all (contingency analysis asks that of every person) and a change count close to
         * the minimum, as the search starts from the current schedule.
         */
        FIRST_VALID
    }

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final int DEFAULT_THREADS = 2;
    public static final boolean DEFAULT_DETERMINISTIC = false;

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(effort, "effort");
        if (priorities.stream().distinct().count() != priorities.size()) {
            throw new IllegalArgumentException("a soft goal is listed twice");
        }
    }

    public SolveOptions(Duration timeLimit, long seed, int threads, List<SoftGoal> priorities) {
        this(timeLimit, seed, threads, priorities, Effort.OPTIMISE, DEFAULT_DETERMINISTIC);
    }

    public SolveOptions(Duration timeLimit, long seed, int threads, List<SoftGoal> priorities, Effort effort) {
        this(timeLimit, seed, threads, priorities, effort, DEFAULT_DETERMINISTIC);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_TIME_LIMIT, 1, DEFAULT_THREADS, SoftGoal.DEFAULT_ORDER);
    }

    public SolveOptions withEffort(Effort newEffort) {
        return new SolveOptions(timeLimit, seed, threads, priorities, newEffort, deterministic);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, seed, threads, priorities, effort, deterministic);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, newSeed, threads, priorities, effort, deterministic);
    }

    public SolveOptions withThreads(int count) {
        return new SolveOptions(timeLimit, seed, count, priorities, effort, deterministic);
    }

    public SolveOptions withDeterministic(boolean repeatable) {
        return new SolveOptions(timeLimit, seed, threads, priorities, effort, repeatable);
    }
}
