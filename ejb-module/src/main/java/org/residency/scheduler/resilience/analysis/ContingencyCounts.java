package org.residency.scheduler.resilience.analysis;

/**
 * What the latest contingency analysis found, as the defense level reads it.
 *
 * @param criticalPeople people without whom no repair exists (N-1 infeasible)
 * @param criticalPairs  pairs without whom no repair exists although each alone can be absorbed
 */
public record ContingencyCounts(int criticalPeople, int criticalPairs) {

    public static final ContingencyCounts NONE = new ContingencyCounts(0, 0);
}
