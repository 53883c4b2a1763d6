package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.format.ScheduleDocument;

import java.util.List;

/**
 * What losing some people over the analysed range does to the schedule.
 *
 * @param people   the one (N-1) or two (N-2) people taken out
 * @param outcome  whether the engine repaired the schedule without them
 * @param changes  changed day strings plus changed call nights of the repair (0 unless REPAIRED)
 * @param optimal  whether the engine proved {@code changes} minimal (else it is the best found in the time limit)
 * @param reason   for INFEASIBLE and UNKNOWN, why; {@code null} otherwise
 * @param millis   solver wall-clock time (0 when implied by another case)
 * @param repaired the repaired schedule (REPAIRED only); kept in memory for fallbacks, not persisted here
 */
public record ContingencyCase(List<String> people, Outcome outcome, int changes, boolean optimal, String reason,
                              long millis,
                              ScheduleDocument repaired) {

    public enum Outcome {
        /** No schedule keeps the block plan and frozen days without them: a critical loss. */
        INFEASIBLE,
        /** The engine neither found a repair nor proved there is none within its time limit. */
        UNKNOWN,
        /** A valid repaired schedule exists; {@code changes} says how costly. */
        REPAIRED
    }

    public ContingencyCase {
        people = List.copyOf(people);
    }

    public boolean critical() {
        return outcome == Outcome.INFEASIBLE;
    }

    /** The same case without the repaired schedule (for storing and showing). */
    public ContingencyCase summary() {
        return repaired == null ? this : new ContingencyCase(people, outcome, changes, optimal, reason, millis, null);
    }

    /** Ranking: infeasible first, then unknown, then by changes, most first; ties by people. */
    public static int byCriticality(ContingencyCase a, ContingencyCase b) {
        int c = a.outcome.compareTo(b.outcome);
        if (c == 0) {
            c = Integer.compare(b.changes, a.changes);
        }
        return c != 0 ? c : String.join(",", a.people).compareTo(String.join(",", b.people));
    }
}
