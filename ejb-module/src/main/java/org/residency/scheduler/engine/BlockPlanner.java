package org.residency.scheduler.engine;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Stage 1: one rotation per resident and block. Hard: curriculum, PGY, fixed blocks, head-counts, and
 * the counting conditions the later stages cannot do without (enough residents present on a staffed
 * rotation every day, enough call-pool residents for every night and every three nights). Soft, in
 * this order: staffing margin (a service needs about twice its per-session minimum to give days off),
 * call-pool margin, even call-pool blocks per PGY (fair call later), even clinic load per PGY.
 */
final class BlockPlanner {

    /** Pool residents present each night below which call gets crowded (a q4 rota). */
    private static final int POOL_MARGIN = 4;
    private static final long W_STAFFING = 10_000;
    private static final long W_POOL = 1_000;
    private static final long W_POOL_SPREAD = 100;
    private static final long W_CLINIC_SPREAD = 1;

    private final Instance in;
    private final CpModel model = new CpModel();
    /** When explaining infeasibility: one assumption literal per group of rules, with its reason. */
    private final List<Literal> assumptions = new ArrayList<>();
    private final List<Reason> assumed = new ArrayList<>();
    private boolean explaining;
    /** a[r][b][x]: resident r is on rotation x in block b; null when x is impossible there. */
    private final Literal[][][] a;

    BlockPlanner(Instance in) {
        this.in = in;
        this.a = new Literal[in.residents()][in.blocks][in.rotations.length];
    }

    /** The plan: {@code plan[resident][block]} = rotation index. */
    StageResult<int[][]> solve(CpSolve.Budget limit, SolveOptions options, Cancellation cancel, LongConsumer onSolution) {
        build(options);
        CpSolve.Outcome outcome = CpSolve.solve("block plan", model, limit, options, cancel, onSolution, false);
        if (outcome.hasSolution()) {
            int[][] plan = new int[in.residents()][in.blocks];
            for (int r = 0; r < in.residents(); r++) {
                for (int b = 0; b < in.blocks; b++) {
                    for (int x = 0; x < in.rotations.length; x++) {
                        if (a[r][b][x] != null && outcome.solver().booleanValue(a[r][b][x])) {
                            plan[r][b] = x;
                        }
                    }
                }
            }
            return new StageResult<>(outcome, plan);
        }
        return new StageResult<>(outcome, null);
    }

    /**
     * When no plan exists: the groups of rules that together make it impossible, found by solving
     * again with one assumption per group and asking CP-SAT for a sufficient set of them.
     */
    List<Reason> explainInfeasibility(CpSolve.Budget limit, SolveOptions options, Cancellation cancel) {
        explaining = true;
        build(options);
        model.clearObjective();
        model.addAssumptions(assumptions.toArray(new Literal[0]));
        CpSolve.Outcome outcome = CpSolve.solve("block plan (explaining)", model, limit, options.withThreads(1), cancel, best -> { }, true);
        if (!outcome.infeasible()) {
            return List.of();
        }
        List<Reason> core = new ArrayList<>();
        for (int index : outcome.solver().sufficientAssumptionsForInfeasibility()) {
            int position = assumptions.indexOf(literalOf(index));
            if (position >= 0) {
                core.add(assumed.get(position));
            }
        }
        return core;
    }

    private Literal literalOf(int index) {
        for (Literal literal : assumptions) {
            if (literal.getIndex() == index) {
                return literal;
            }
        }
        return null;
    }

    /** The enforcement literal of a group of rules (explaining), or an always-true one. */
    private Literal group(Reason reason) {
        if (!explaining) {
            return model.trueLiteral();
        }
        Literal literal = model.newBoolVar("group");
        assumptions.add(literal);
        assumed.add(reason);
        return literal;
    }

    private void build(SolveOptions options) {
        int nx = in.rotations.length;
        for (int r = 0; r < in.residents(); r++) {
            for (int b = 0; b < in.blocks; b++) {
                List<Literal> choices = new ArrayList<>();
                for (int x = 0; x < nx; x++) {
                    boolean fixedHere = in.fixedRotation[r][b] == x;
                    boolean allowed = in.fixedRotation[r][b] >= 0 && !explaining ? fixedHere
                            : in.eligible(r, x) || fixedHere;
                    if (allowed) {
                        a[r][b][x] = model.newBoolVar("a");
                        choices.add(a[r][b][x]);
                    }
                }
                model.addExactlyOne(choices);
                if (explaining && in.fixedRotation[r][b] >= 0) {
                    int x = in.fixedRotation[r][b];
                    model.addEquality(a[r][b][x], 1).onlyEnforceIf(group(new Reason("fixed", b + 1,
                            List.of(in.residentIds[r]), in.residentIds[r] + " is fixed to " + in.rotations[x].id()
                            + " in block " + (b + 1) + ".")));
                }
            }
            for (int x = 0; x < nx; x++) {
                int[] range = in.curriculum[in.pgy[r]][x];
                model.addLinearConstraint(sum(r, x), range[0], range[1]).onlyEnforceIf(group(new Reason("curriculum",
                        null, List.of(in.residentIds[r]), "PGY-" + in.pgy[r] + " residents such as "
                        + in.residentIds[r] + " spend " + range[0] + ".." + range[1] + " blocks on "
                        + in.rotations[x].id() + ".")));
            }
        }
        List<LinearArgument> softTerms = new ArrayList<>();
        List<Long> softWeights = new ArrayList<>();
        for (int b = 0; b < in.blocks; b++) {
            for (int x = 0; x < nx; x++) {
                Instance.Rotation rot = in.rotations[x];
                LinearExpr heads = onRotation(b, x, -1);
                model.addLinearConstraint(heads, rot.minResidents(), rot.maxResidents()).onlyEnforceIf(group(
                        new Reason("rotation-capacity", b + 1, List.of(), rot.id() + " takes " + rot.minResidents()
                                + ".." + rot.maxResidents() + " residents in block " + (b + 1) + ".")));
                if (rot.perSession() > 0) {
                    staffingPresence(b, x);
                    int target = Math.min(2 * rot.perSession() + 1, rot.maxResidents());
                    IntVar shortfall = model.newIntVar(0, target, "staffShort");
                    model.addGreaterOrEqual(LinearExpr.sum(new LinearArgument[] {heads, shortfall}), target);
                    softTerms.add(shortfall);
                    softWeights.add(W_STAFFING);
                }
            }
            poolPresence(b, softTerms, softWeights);
        }
        if (options.priorities().contains(SoftGoal.CALL_SPREAD)
                || options.priorities().contains(SoftGoal.WEEKEND_CALL_SPREAD)) {
            spreadPerPgy(this::poolBlocks, in.blocks, W_POOL_SPREAD, softTerms, softWeights);
        }
        if (options.priorities().contains(SoftGoal.CLINIC_SPREAD)) {
            int maxClinic = 0;
            for (Instance.Rotation rot : in.rotations) {
                maxClinic = Math.max(maxClinic, rot.clinicPerWeek());
            }
            spreadPerPgy(this::clinicLoad, maxClinic * in.days, W_CLINIC_SPREAD, softTerms, softWeights);
        }
        model.minimize(LinearExpr.weightedSum(softTerms.toArray(new LinearArgument[0]),
                softWeights.stream().mapToLong(Long::longValue).toArray()));
    }

    /** A staffed rotation needs minPerSession residents present (not absent) on every staffed day. */
    private void staffingPresence(int b, int x) {
        int need = in.rotations[x].perSession();
        for (int d = in.firstDay(b); d < in.firstDay(b + 1); d++) {
            if (in.staffedOn(x, d)) {
                model.addGreaterOrEqual(onRotation(b, x, d), need).onlyEnforceIf(group(new Reason(
                        "session-staffing", b + 1, List.of(), in.rotations[x].id() + " needs " + need
                        + " residents present on " + in.date(d) + " (block " + (b + 1) + ").")));
            }
        }
    }

    /**
     * Every night needs one pool resident present; two consecutive nights two different ones, three
     * consecutive nights three (call no more often than every third night). Also a soft margin.
     */
    private void poolPresence(int b, List<LinearArgument> softTerms, List<Long> softWeights) {
        int first = in.firstDay(b);
        int end = in.firstDay(b + 1);
        for (int d = first; d < end; d++) {
            for (int span = 1; span <= Instance.CALL_GAP && d + span <= end; span++) {
                model.addGreaterOrEqual(poolPresent(b, d, d + span), span).onlyEnforceIf(group(new Reason(
                        "call-coverage", b + 1, List.of(), span == 1 ? "The night of " + in.date(d)
                        + " needs a call-pool resident present (block " + (b + 1) + ")." : span
                        + " nights from " + in.date(d) + " need " + span + " different call-pool residents "
                        + "present (call no more often than every third night, block " + (b + 1) + ").")));
            }
            IntVar shortfall = model.newIntVar(0, POOL_MARGIN, "poolShort");
            model.addGreaterOrEqual(LinearExpr.sum(new LinearArgument[] {poolPresent(b, d, d + 1), shortfall}),
                    POOL_MARGIN);
            softTerms.add(shortfall);
            softWeights.add(W_POOL);
        }
    }

    /** Pool residents of block b present on at least one night of [from, to) on which they could call. */
    private LinearExpr poolPresent(int b, int from, int to) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int r = 0; r < in.residents(); r++) {
            for (int x = 0; x < in.rotations.length; x++) {
                if (a[r][b][x] != null && in.rotations[x].callPool() && canCallSomeNight(r, x, from, to)) {
                    sum.add(a[r][b][x]);
                }
            }
        }
        return sum.build();
    }

    private boolean canCallSomeNight(int r, int x, int from, int to) {
        for (int d = from; d < to; d++) {
            if (!in.residentAbsent[r][d] && (in.rotations[x].worksWeekends() || !in.weekend[d])) {
                return true;
            }
        }
        return false;
    }

    /** Residents on rotation x in block b (present on day d when d >= 0). */
    private LinearExpr onRotation(int b, int x, int d) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int r = 0; r < in.residents(); r++) {
            if (a[r][b][x] != null && (d < 0 || !in.residentAbsent[r][d])) {
                sum.add(a[r][b][x]);
            }
        }
        return sum.build();
    }

    private LinearExpr sum(int r, int x) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int b = 0; b < in.blocks; b++) {
            if (a[r][b][x] != null) {
                sum.add(a[r][b][x]);
            }
        }
        return sum.build();
    }

    private LinearExpr poolBlocks(int r) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int b = 0; b < in.blocks; b++) {
            for (int x = 0; x < in.rotations.length; x++) {
                if (a[r][b][x] != null && in.rotations[x].callPool()) {
                    sum.add(a[r][b][x]);
                }
            }
        }
        return sum.build();
    }

    private LinearExpr clinicLoad(int r) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int b = 0; b < in.blocks; b++) {
            for (int x = 0; x < in.rotations.length; x++) {
                if (a[r][b][x] != null && in.rotations[x].clinicPerWeek() > 0) {
                    sum.addTerm(a[r][b][x], clinicQuota(r, b, in.rotations[x].clinicPerWeek()));
                }
            }
        }
        return sum.build();
    }

    /** Clinic sessions resident r can hold in block b at k a week: absent weekdays take their sessions. */
    private int clinicQuota(int r, int b, int k) {
        int quota = 0;
        for (Instance.Week week : in.weeks) {
            if (week.block() != b) {
                continue;
            }
            int sessions = 0;
            for (int d = week.first(); d < week.end(); d++) {
                sessions += in.weekend[d] || in.residentAbsent[r][d] ? 0 : 2;
            }
            quota += Math.min(k, sessions);
        }
        return quota;
    }

    /** Adds max - min of {@code value} among the residents of each PGY to the soft terms. */
    private void spreadPerPgy(java.util.function.IntFunction<LinearExpr> value, int upper, long weight,
                              List<LinearArgument> softTerms, List<Long> softWeights) {
        softTerms.add(Spread.perPgy(model, in, value, upper));
        softWeights.add(weight);
    }
}
