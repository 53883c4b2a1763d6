package org.residency.scheduler.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.CpSolverStatus;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/** Runs one CP-SAT model with the run's limits, its cancellation and progress reporting. */
final class CpSolve {

    private static final Logger LOG = Logger.getLogger(CpSolve.class.getName());
    private static final boolean PROFILE = Boolean.getBoolean("engine.profile");
    private static volatile boolean nativesLoaded;

    /**
     * CP-SAT work units (deterministic seconds) per nominal second of a stage's budget: about what a
     * quiet 2-core machine does in a second with our models. Stages end on work done (or on reaching
     * their bound), not on the clock, so a loaded machine takes longer but gives the same quality.
     */
    static final double WORK_PER_SECOND = 0.5;

    /**
     * How long one solve may run: {@code nominal}, its share of the run's whole limit, turned into CP-SAT
     * work units so the stop does not depend on the machine's load, and {@code wall}, a wall-clock safety
     * net from what is left of the run.
     */
    record Budget(Duration wall, Duration nominal) {
        static Budget of(Duration both) {
            return new Budget(both, both);
        }

        Budget part(long numerator, long denominator) {
            return new Budget(wall.multipliedBy(numerator).dividedBy(denominator),
                    nominal.multipliedBy(numerator).dividedBy(denominator));
        }
    }

    /** The outcome of one solve: the solver (to read values) and its status. */
    record Outcome(CpSolver solver, CpSolverStatus status) {
        boolean hasSolution() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }

        boolean optimal() {
            return status == CpSolverStatus.OPTIMAL;
        }

        boolean infeasible() {
            return status == CpSolverStatus.INFEASIBLE;
        }

        /** The CP-SAT work the solve did, in the nominal seconds budgets are given in; zero without a solve. */
        Duration work() {
            return solver == null ? Duration.ZERO
                    : Duration.ofMillis(Math.round(solver.response().getDeterministicTime() / WORK_PER_SECOND * 1000));
        }
    }

    private CpSolve() {
    }

    /**
     * Where the time goes: each solve's status, objective, bound, wall and deterministic time and model
     * size, at level FINE, or on standard error with {@code -Dengine.profile=true} (scripts/solve).
     */
    static void profile(String line) {
        if (PROFILE) {
            System.err.println("profile: " + line);
        } else {
            LOG.fine(line);
        }
    }

    /** Every variable of {@code model} hinted with its value in {@code response} (a complete starting point). */
    static void hintSolution(CpModel model, CpSolverResponse response) {
        model.clearHints();
        var hint = model.getBuilder().getSolutionHintBuilder();
        List<Long> values = response.getSolutionList();
        for (int i = 0; i < values.size(); i++) {
            hint.addVars(i);
            hint.addValues(values.get(i));
        }
    }

    /** OR-Tools' JNI library; loaded once per JVM (the server keeps the jar on its own classpath). */
    static void loadNatives() {
        if (!nativesLoaded) {
            synchronized (CpSolve.class) {
                if (!nativesLoaded) {
                    Loader.loadNativeLibraries();
                    nativesLoaded = true;
                }
            }
        }
    }

    /**
     * Solves {@code model} within {@code limit}, stopping early on cancellation, reporting each
     * improving objective to {@code onSolution}.
     *
     * @param stage             what is solved, for the log (level FINE: stage, status, objective, bound, time)
     * @param firstSolutionOnly stop at the first feasible solution (for a quick completion)
     */
    static Outcome solve(String stage, CpModel model, Budget budget, SolveOptions options,
                         Cancellation cancellation, LongConsumer onSolution, boolean firstSolutionOnly) {
        return solve(stage, model, budget, options, cancellation, onSolution, firstSolutionOnly, Long.MIN_VALUE);
    }

    /**
     * @param stopAt stop as soon as a solution's objective is at most this: a bound known before the
     *               solve. Given to the solver as a constraint instead, it slowed repairs' first solution
     *               from ~0.5 s to ~2 s (N-1 of realistic.json 4.7 s -> 13.4 s); as a stop it costs nothing.
     */
    static Outcome solve(String stage, CpModel model, Budget budget, SolveOptions options,
                         Cancellation cancellation, LongConsumer onSolution, boolean firstSolutionOnly, long stopAt) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.05, budget.wall().toMillis() / 1000.0))
                .setMaxDeterministicTime(Math.max(0.05, budget.nominal().toMillis() / 1000.0 * WORK_PER_SECOND))
                .setInterleaveSearch(options.deterministic() && options.threads() > 1)
                .setNumWorkers(options.threads())
                .setRandomSeed((int) (options.seed() & 0x7fffffff))
                .setStopAfterFirstSolution(firstSolutionOnly || options.effort() == SolveOptions.Effort.FIRST_VALID)
                .setLogSearchProgress(Boolean.getBoolean("engine.log-search"));
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "engine-cancel-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        ScheduledFuture<?> poll = watcher.scheduleAtFixedRate(() -> {
            if (cancellation.isRequested()) {
                solver.stopSearch();
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
        try {
            CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    long objective = Math.round(objectiveValue());
                    onSolution.accept(objective);
                    if (objective <= stopAt) {
                        stopSearch();
                    }
                }
            });
            String line = String.format(java.util.Locale.ROOT,
                    "%s: %s, objective %.0f, bound %.0f, %.2f s (deterministic %.2f), %d variables, %d constraints",
                    stage, status, solver.objectiveValue(), solver.bestObjectiveBound(),
                    (System.nanoTime() - started) / 1e9, solver.response().getDeterministicTime(),
                    model.model().getVariablesCount(), model.model().getConstraintsCount());
            profile(line);
            return new Outcome(solver, status);
        } finally {
            poll.cancel(false);
            watcher.shutdownNow();
        }
    }
}
