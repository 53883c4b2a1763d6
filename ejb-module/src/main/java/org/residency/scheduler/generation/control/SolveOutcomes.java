package org.residency.scheduler.generation.control;

import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobOutcome;

import java.util.function.Function;

/**
 * How a solver job ends for each engine result. A schedule (complete and valid, by the engine's contract)
 * is stored and the job SUCCEEDED, or CANCELLED with the link when it is the best found before a cancel.
 * No schedule exists: FAILED with the engine's reasons as the result. Stopped without any schedule:
 * CANCELLED when someone cancelled it, else FAILED (the time limit passed first).
 */
public final class SolveOutcomes {

    private SolveOutcomes() {
    }

    /**
     * @param programId the program the schedule belongs to
     * @param repair    whether the result lists changes
     * @param store     stores a solved schedule and returns its new id
     */
    public static JobOutcome of(long programId, boolean repair, EngineOutcome outcome,
                                Function<EngineResult.Solved, String> store) {
        EngineResult result = outcome.result();
        if (result instanceof EngineResult.Solved solved) {
            String id = store.apply(solved);
            String link = "/api/programs/" + programId + "/schedules/" + id;
            String json = ResultJson.solved(id, link, solved, repair);
            return solved.cancelled()
                    ? JobOutcome.cancelled("cancelled; the best valid schedule found before the stop is stored",
                            json, link, id)
                    : JobOutcome.succeeded(json, link, id);
        }
        return unsolved(outcome);
    }

    /**
     * A repair kept as a proposal (an absence request's): nothing is stored among the program's schedules.
     *
     * @param keep keeps the repaired schedule and returns the link to the proposal
     */
    public static JobOutcome proposed(EngineOutcome outcome, Function<EngineResult.Solved, String> keep) {
        if (outcome.result() instanceof EngineResult.Solved solved) {
            String link = keep.apply(solved);
            String json = ResultJson.proposed(link, solved);
            return solved.cancelled()
                    ? JobOutcome.cancelled("cancelled; the best valid repair found before the stop is kept as the"
                            + " proposal", json, link, null)
                    : JobOutcome.succeeded(json, link, null);
        }
        return unsolved(outcome);
    }

    private static JobOutcome unsolved(EngineOutcome outcome) {
        EngineResult result = outcome.result();
        if (result instanceof EngineResult.Infeasible infeasible) {
            throw new JobFailedException(ResultJson.summary(infeasible.reasons()), ResultJson.infeasible(infeasible));
        }
        EngineResult.Stopped stopped = (EngineResult.Stopped) result;
        if (outcome.cancelRequested()) {
            return JobOutcome.cancelled("cancelled before any valid schedule was found: " + stopped.why(),
                    ResultJson.stopped(stopped), null, null);
        }
        throw new JobFailedException("stopped without a valid schedule: " + stopped.why(), ResultJson.stopped(stopped));
    }

    /** How the run went, for the schedule's run record. */
    public static String runOutcome(EngineResult.Solved solved) {
        return solved.cancelled() ? "CANCELLED_BEST" : solved.optimal() ? "OPTIMAL" : "FEASIBLE";
    }
}
