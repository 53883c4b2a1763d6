package org.residency.scheduler.engine;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The engine's entry point. Thread-safe and stateless: each call builds its own models.
 * Inputs must already have passed the format checks ({@code ProgramChecks}, {@code ScheduleChecks}).
 *
 * <p>A year is built in three stages: block rotations ({@link BlockPlanner}), the call rota of the
 * whole year ({@link CallPlanner}), then the days block by block ({@link DayModel}), each block seeing
 * the finished blocks before it so the 28-day windows that cross blocks hold. Every result is checked
 * by the independent validator before it is returned.
 */
public final class ScheduleEngine {

    private static final Logger LOG = Logger.getLogger(ScheduleEngine.class.getName());
    private static final Duration MIN_STAGE = Duration.ofMillis(200);
    private static final Duration HURRY = Duration.ofSeconds(5);
    private static final double BLOCKS_SHARE = 0.15;
    private static final double CALLS_SHARE = 0.35;
    /**
     * The days' nominal share of the limit, plus the work the block plan and the rota left unused, split
     * evenly between the blocks still to build: a block constructed without search uses none of its part,
     * which goes to the later blocks that need CP-SAT. (With a fixed 1/13 of the share each, the one block of
     * a 150/60 year that needed CP-SAT ended far from its metrics' bound at the default 60 s limit.)
     */
    private static final double DAYS_SHARE = 0.5;

    private final ScheduleValidator validator = new ScheduleValidator();
    private final DayFiller filler;

    /** Fills the days of a range without search, or returns null (a {@link DayGreedy}; tests swap it). */
    @FunctionalInterface
    interface DayFiller {
        Timeline fill(Instance in, Timeline year, int d0, int d1, ClinicTargets targets);
    }

    public ScheduleEngine() {
        this(DayGreedy::fill);
    }

    ScheduleEngine(DayFiller filler) {
        this.filler = filler;
    }

    /** Builds a whole year for {@code program}. */
    public EngineResult generate(ProgramDocument program, SolveOptions options, ProgressListener listener,
                                 Cancellation cancellation) {
        Clock clock = new Clock(options.timeLimit(), listener);
        long started = System.nanoTime();
        List<Reason> impossible = Diagnosis.beforeSolving(program);
        CpSolve.profile(String.format(java.util.Locale.ROOT, "pre-check in %.3f s", (System.nanoTime() - started) / 1e9));
        if (!impossible.isEmpty()) {
            return new EngineResult.Infeasible(impossible, clock.elapsed());
        }
        started = System.nanoTime();
        CpSolve.loadNatives();
        CpSolve.profile(String.format(java.util.Locale.ROOT, "OR-Tools natives ready in %.3f s",
                (System.nanoTime() - started) / 1e9));
        Instance in = new Instance(program);

        clock.report("block rotations", 1, null);
        // The block plan always optimises its margins: a first-found plan can leave the later stages no room.
        StageResult<int[][]> blocks = new BlockPlanner(in).solve(clock.budget(0.5, BLOCKS_SHARE, MIN_STAGE),
                options.withEffort(SolveOptions.Effort.OPTIMISE),
                cancellation, best -> clock.report("block rotations", 5, best));
        if (!blocks.solved()) {
            return blocks.outcome().infeasible()
                    ? new EngineResult.Infeasible(explainNoBlockPlan(in, program, options, clock, cancellation),
                    clock.elapsed())
                    : stopped(cancellation, "no block plan found in the time limit", clock);
        }
        clock.report("call nights", 10, null);
        StageResult<int[]> calls = new CallPlanner(in, blocks.value()).solve(clock.budget(0.6, CALLS_SHARE, MIN_STAGE), options,
                cancellation, best -> clock.report("call nights", 20, best), false);
        if (!calls.solved()) {
            return calls.outcome().infeasible()
                    ? new EngineResult.Infeasible(Diagnosis.noCallRota(in, blocks.value()), clock.elapsed())
                    : stopped(cancellation, "no call rota found in the time limit", clock);
        }
        ClinicTargets clinic = options.priorities().contains(SoftGoal.CLINIC_SPREAD)
                ? new ClinicTargets(in, blocks.value(), calls.value()) : null;
        if (clinic != null) {
            LOG.fine(() -> "clinic spread with this block plan and rota: at least " + clinic.spreadBound());
        }
        Duration unused = clock.nominal(BLOCKS_SHARE).minus(blocks.outcome().work())
                .plus(clock.nominal(CALLS_SHARE).minus(calls.outcome().work()));
        Duration daysWork = clock.nominal(DAYS_SHARE).plus(unused.isNegative() ? Duration.ZERO : unused);
        Days days = days(in, new Timeline(in, blocks.value(), calls.value()), daysWork, clinic, options, clock,
                cancellation, true);
        if (days.failure() != null) {
            return days.failure();
        }
        EngineResult result = finished(program, in, days.year(), clinic, options, cancellation, clock);
        if (days.constructed() > 0 && result instanceof EngineResult.Stopped) {
            // the constructed blocks passed the engine's own check but not the validator: never keep
            // them; build the days with CP-SAT instead
            LOG.severe("the constructed days failed validation; solving every block with CP-SAT");
            days = days(in, new Timeline(in, blocks.value(), calls.value()), daysWork, clinic, options, clock, cancellation,
                    false);
            return days.failure() != null ? days.failure()
                    : finished(program, in, days.year(), clinic, options, cancellation, clock);
        }
        return result;
    }

    /**
     * A built year as the result: clinic totals evened out, checked by the validator, and proved optimal
     * exactly when every goal asked for is at the bound that holds for every schedule of the program,
     * however it was found (a first-valid run too). Each stage being optimal given the stages before it
     * proves nothing about the year: a block plan and rota that are each optimal can still leave the days
     * one clinic session above the year's bound (seen on 150/60).
     */
    private EngineResult finished(ProgramDocument program, Instance in, Timeline year, ClinicTargets clinic,
                                  SolveOptions options, Cancellation cancellation, Clock clock) {
        EngineResult result = checked(program, levelled(program, in, year, clinic).toDocument(), false,
                cancellation.isRequested(), List.of(), clock);
        if (!(result instanceof EngineResult.Solved solved)) {
            return result;
        }
        boolean atBounds = options.priorities().stream()
                .allMatch(goal -> solved.bounds().get(goal.wireName()).optimal());
        return new EngineResult.Solved(solved.schedule(), solved.program(), solved.metrics(), atBounds,
                solved.cancelled(), solved.changes(), solved.elapsed(), solved.bounds());
    }

    /** The year with its clinic totals evened out ({@link ClinicLevelling}) when clinic spread is a goal and the validator agrees. */
    private Timeline levelled(ProgramDocument program, Instance in, Timeline year, ClinicTargets clinic) {
        if (clinic == null) {
            return year;
        }
        long started = System.nanoTime();
        Timeline levelled = ClinicLevelling.level(in, year);
        boolean kept = levelled != null && valid(program, levelled.toDocument());
        CpSolve.profile(String.format(java.util.Locale.ROOT, "clinic levelling in %.3f s: %s",
                (System.nanoTime() - started) / 1e9, levelled == null ? "nothing to move"
                        : kept ? "kept" : "not valid, not kept"));
        if (levelled != null && !kept) {
            LOG.severe("the clinic levelling broke a rule the validator checks; the year is kept without it");
        }
        return kept ? levelled : year;
    }

    /**
     * The days of the year, block after block.
     *
     * @param year        block plan and call rota, no day decided yet
     * @param work        the CP-SAT work (nominal seconds) the days may use, shared by the blocks that need a solve
     * @param constructive try the {@link DayFiller} first for each block: CP-SAT only where it fails, or,
     *                     when optimising, where it misses the bound 0 of the day metrics (refused
     *                     day-off requests, distance from the clinic aims) that the metrics solve would
     *                     stop at. A block kept this way skips the house-keeping solve (rounded-up
     *                     free-day margins into the next block, fewest extra days off): no metric.
     */
    private Days days(Instance in, Timeline year, Duration work, ClinicTargets clinic, SolveOptions options,
                      Clock clock, Cancellation cancellation, boolean constructive) {
        int constructed = 0;
        Duration given = Duration.ZERO;
        for (int b = 0; b < in.blocks; b++) {
            String stage = "days of block " + (b + 1);
            int percent = 30 + 70 * b / in.blocks;
            clock.report(stage, percent, null);
            Timeline built = constructive ? filler.fill(in, year, in.firstDay(b), in.firstDay(b + 1), clinic) : null;
            boolean firstValid = options.effort() == SolveOptions.Effort.FIRST_VALID;
            long missed = built == null || firstValid ? 0
                    : DayCheck.missedGoals(in, year, built, in.firstDay(b), in.firstDay(b + 1), clinic, options.priorities());
            if (missed > 0) {
                CpSolve.profile("days of block " + (b + 1) + ": the constructed days miss the day metrics' bound 0 by "
                        + missed + "; solving with CP-SAT");
            }
            if (built != null && missed == 0) {
                constructed++;
                year = built;
                continue;
            }
            boolean hurry = cancellation.isRequested();   // cancelled: complete the year quickly, keep it
            Duration share = work.minus(given).dividedBy(in.blocks - b);
            given = given.plus(share);
            StageResult<Timeline> days = solveBlock(in, year, b, share, clinic, options, clock, cancellation, hurry,
                    best -> clock.report(stage, percent, best));
            if (!days.solved() && !hurry && (cancellation.isRequested() || !days.outcome().infeasible())) {
                // cancelled, or out of its share of time (a loaded machine), before this block had a
                // solution: finish it quickly rather than lose the blocks already built
                hurry = true;
                days = solveBlock(in, year, b, share, clinic, options, clock, cancellation, true,
                        best -> clock.report(stage, percent, best));
            }
            if (!days.solved()) {
                return new Days(null, constructed, cancellation.isRequested() && !hurry
                        ? stopped(cancellation, "cancelled while building " + stage, clock)
                        : new EngineResult.Stopped("no valid days found for block " + (b + 1)
                        + " with this block plan and call rota; not proven impossible", clock.elapsed()));
            }
            year = days.value();
        }
        return new Days(year, constructed, null);
    }

    /** The day stage's outcome: the year (or why there is none), how many blocks were constructed without search. */
    private record Days(Timeline year, int constructed, EngineResult failure) {
    }

    private List<Reason> explainNoBlockPlan(Instance in, ProgramDocument program, SolveOptions options, Clock clock,
                                            Cancellation cancellation) {
        clock.report("explaining why no block plan exists", 10, null);
        List<Reason> core = new BlockPlanner(in).explainInfeasibility(clock.budget(1.0, 1.0, MIN_STAGE), options,
                cancellation);
        return core.isEmpty() ? Diagnosis.noBlockPlan(program) : Diagnosis.summarise(core);
    }

    /**
     * The days of one block; when its windows cannot be closed after the block before it, that block
     * is reopened and the two are solved together.
     *
     * @param share the block's CP-SAT work, in nominal seconds
     */
    private StageResult<Timeline> solveBlock(Instance in, Timeline year, int b, Duration share, ClinicTargets clinic,
                                             SolveOptions options, Clock clock, Cancellation cancellation,
                                             boolean hurry, java.util.function.LongConsumer onSolution) {
        // In a hurry the first answer is enough: 5 s when cancelled; out of time, whatever is left (at
        // least 5 s), since a loaded machine may need that long just to presolve a block.
        CpSolve.Budget limit = hurry ? new CpSolve.Budget(cancellation.isRequested() ? HURRY
                : max(HURRY, clock.remaining()), HURRY)
                : new CpSolve.Budget(clock.share(Math.min(1.0, 2.0 / (in.blocks - b)), MIN_STAGE), max(share, MIN_STAGE));
        Cancellation stop = hurry ? Cancellation.none() : cancellation;
        StageResult<Timeline> days = new DayModel(in, year, in.firstDay(b), in.firstDay(b + 1), false, false, 0)
                .generate(clinic, options, limit, stop, onSolution, hurry);
        if (days.solved() || b == 0 || !days.outcome().infeasible()) {
            return days;
        }
        LOG.info(() -> "block " + (b + 1) + " cannot follow block " + b + " as built; solving both together");
        return new DayModel(in, year, in.firstDay(b - 1), in.firstDay(b + 1), false, false, 0)
                .generate(clinic, options, limit.part(2, 1), stop, onSolution, hurry);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Repairs {@code current} so it absorbs {@code request} with as few changed assignments as it can. */
    public EngineResult repair(ProgramDocument program, ScheduleDocument current, RepairRequest request,
                               SolveOptions options, ProgressListener listener, Cancellation cancellation) {
        Clock clock = new Clock(options.timeLimit(), listener);
        return new Repair(program, current, request, options, clock, cancellation, this).run();
    }

    /** Whether the independent validator finds no hard violation. */
    boolean valid(ProgramDocument program, ScheduleDocument schedule) {
        return validator.validate(program, schedule).ok();
    }

    /** Returns the schedule only when the independent validator finds no hard violation. */
    EngineResult checked(ProgramDocument program, ScheduleDocument schedule, boolean optimal, boolean cancelled,
                         List<Change> changes, Clock clock) {
        return checked(program, schedule, optimal, cancelled, changes, clock, null);
    }

    /** @param changeBound for a repair, the changed assignments with the bound proved on them */
    EngineResult checked(ProgramDocument program, ScheduleDocument schedule, boolean optimal, boolean cancelled,
                         List<Change> changes, Clock clock, MetricBound changeBound) {
        ValidationReport report = validator.validate(program, schedule);
        if (!report.ok()) {
            String broken = report.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
            LOG.severe(() -> "engine produced a schedule with violations: " + broken);
            return new EngineResult.Stopped("the engine's schedule failed validation (" + broken
                    + "); it was discarded", clock.elapsed());
        }
        clock.report("done", 100, null);
        Map<String, Double> metrics = Map.of(
                SoftGoal.CALL_SPREAD.wireName(), (double) report.soft().callSpread(),
                SoftGoal.WEEKEND_CALL_SPREAD.wireName(), (double) report.soft().weekendCallSpread(),
                SoftGoal.REQUESTS_GRANTED.wireName(), report.soft().requestsGranted(),
                SoftGoal.CLINIC_SPREAD.wireName(), (double) report.soft().clinicSpread());
        Map<String, MetricBound> bounds = new java.util.LinkedHashMap<>(ProvenBounds.of(new Instance(program), metrics));
        if (changeBound != null) {
            bounds.put(EngineResult.CHANGED_ASSIGNMENTS, changeBound);
        }
        return new EngineResult.Solved(schedule, program, metrics, optimal, cancelled, changes, clock.elapsed(),
                bounds);
    }

    static EngineResult stopped(Cancellation cancellation, String why, Clock clock) {
        return new EngineResult.Stopped(cancellation.isRequested() ? "cancelled" : why, clock.elapsed());
    }
}
