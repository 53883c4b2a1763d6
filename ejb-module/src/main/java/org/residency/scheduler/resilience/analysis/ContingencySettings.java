package org.residency.scheduler.resilience.analysis;

import java.time.Duration;

/**
 * How the contingency analysis runs.
 *
 * @param days           length of the range people are taken out for, from the analysis date
 * @param repairLimit    the engine's time limit per case (a case that runs out is UNKNOWN)
 * @param parallelism    cases solved at once; each solve uses one solver thread
 * @param allPairsUpTo   N-2 takes every pair when the program has at most this many people...
 * @param pairCandidates ...otherwise the pairs among this many people ranked highest by N-1
 */
public record ContingencySettings(int days, Duration repairLimit, int parallelism, int allPairsUpTo,
                                  int pairCandidates) {

    public static final int DEFAULT_DAYS = 28;

    public ContingencySettings {
        if (days < 1 || parallelism < 1 || allPairsUpTo < 0 || pairCandidates < 0) {
            throw new IllegalArgumentException("contingency settings out of range");
        }
        if (repairLimit.isNegative() || repairLimit.isZero()) {
            throw new IllegalArgumentException("repair time limit must be positive");
        }
    }

    /**
     * 28 days, 20 s per case, min(2, cores) at once, all pairs up to 30 people, else pairs of the top 12.
     * The first repair window gets 40 % of a case's limit (the engine's share); an unproven change count is
     * marked not optimal, and a case that finds nothing in time is UNKNOWN, never critical.
     */
    public static ContingencySettings defaults() {
        return new ContingencySettings(DEFAULT_DAYS, Duration.ofSeconds(20),
                Math.min(2, Runtime.getRuntime().availableProcessors()), 30, 12);
    }

    public ContingencySettings withRepairLimit(Duration limit) {
        return new ContingencySettings(days, limit, parallelism, allPairsUpTo, pairCandidates);
    }

    public ContingencySettings withDays(int count) {
        return new ContingencySettings(count, repairLimit, parallelism, allPairsUpTo, pairCandidates);
    }
}
