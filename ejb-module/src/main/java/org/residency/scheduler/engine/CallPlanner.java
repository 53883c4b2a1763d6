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
 * Stage 2: who holds in-house call each night of the whole year, given the block plan. Hard: one
 * pool resident per night, present that day, q3 spacing, and staffed services keep their minimum
 * after post-call residents go home. Soft: call spread and weekend (Friday/Saturday) call spread per
 * PGY, in the configured order. Solved for the year at once so spacing and fairness cross blocks.
 */
final class CallPlanner {

    private final Instance in;
    private final int[][] plan;
    private final CpModel model = new CpModel();
    /** call[r][d], null where resident r cannot take call on night d. */
    private final Literal[][] call;

    CallPlanner(Instance in, int[][] plan) {
        this.in = in;
        this.plan = plan;
        this.call = new Literal[in.residents()][in.days];
    }

    /** The rota: {@code rota[night]} = resident index. */
    StageResult<int[]> solve(Duration limit, SolveOptions options, Cancellation cancel, LongConsumer onSolution,
                             boolean firstSolutionOnly) {
        build(options);
        CpSolve.Outcome outcome = CpSolve.solve(model, limit, options, cancel, onSolution, firstSolutionOnly);
        if (!outcome.hasSolution()) {
            return new StageResult<>(outcome, null);
        }
        int[] rota = new int[in.days];
        for (int d = 0; d < in.days; d++) {
            for (int r = 0; r < in.residents(); r++) {
                if (call[r][d] != null && outcome.solver().booleanValue(call[r][d])) {
                    rota[d] = r;
                }
            }
        }
        return new StageResult<>(outcome, rota);
    }

    boolean canCall(int r, int d) {
        Instance.Rotation rot = in.rotations[plan[r][in.blockOf(d)]];
        return rot.callPool() && !in.residentAbsent[r][d] && (rot.worksWeekends() || !in.weekend[d]);
    }

    private void build(SolveOptions options) {
        for (int r = 0; r < in.residents(); r++) {
            for (int d = 0; d < in.days; d++) {
                if (canCall(r, d)) {
                    call[r][d] = model.newBoolVar("call");
                }
            }
        }
        for (int d = 0; d < in.days; d++) {
            List<Literal> callers = new ArrayList<>();
            for (int r = 0; r < in.residents(); r++) {
                if (call[r][d] != null) {
                    callers.add(call[r][d]);
                }
            }
            model.addExactlyOne(callers);
        }
        for (int r = 0; r < in.residents(); r++) {
            for (int d = 0; d < in.days; d++) {
                List<Literal> close = new ArrayList<>();
                for (int k = d; k < Math.min(in.days, d + Instance.CALL_GAP); k++) {
                    if (call[r][k] != null) {
                        close.add(call[r][k]);
                    }
                }
                if (close.size() > 1) {
                    model.addAtMostOne(close);
                }
            }
        }
        staffingAfterPostCall();
        hoursWhereNotImplied();
        objective(options);
    }

    /** A post-call resident is off: the rest of the service must still cover its minimum. */
    private void staffingAfterPostCall() {
        for (int d = 1; d < in.days; d++) {
            int b = in.blockOf(d);
            for (int x = 0; x < in.rotations.length; x++) {
                if (!in.staffedOn(x, d)) {
                    continue;
                }
                int present = 0;
                LinearExprBuilder postCall = LinearExpr.newBuilder();
                boolean any = false;
                for (int r = 0; r < in.residents(); r++) {
                    if (plan[r][b] == x && !in.residentAbsent[r][d]) {
                        present++;
                        if (call[r][d - 1] != null) {
                            postCall.add(call[r][d - 1]);
                            any = true;
                        }
                    }
                }
                if (any) {
                    model.addLessOrEqual(postCall.build(), present - in.rotations[x].perSession());
                }
            }
        }
    }

    /**
     * Calls alone (each a worked day plus the night) must fit the 28-day hours limit. With q3 spacing
     * at most ceil(28/3) calls fall in a window; when even that many fit, the constraint is implied.
     */
    private void hoursWhereNotImplied() {
        long perCall = 2 * in.halfDayHours + in.callNightHours;
        int most = (Instance.WINDOW + Instance.CALL_GAP - 1) / Instance.CALL_GAP;
        if (most * perCall <= Instance.MAX_WINDOW_HOURS) {
            return;
        }
        long cap = Instance.MAX_WINDOW_HOURS / perCall;
        for (int r = 0; r < in.residents(); r++) {
            for (int s = 0; s + Instance.WINDOW <= in.days; s++) {
                LinearExprBuilder sum = LinearExpr.newBuilder();
                for (int d = s; d < s + Instance.WINDOW; d++) {
                    if (call[r][d] != null) {
                        sum.add(call[r][d]);
                    }
                }
                model.addLessOrEqual(sum.build(), cap);
            }
        }
    }

    private void objective(SolveOptions options) {
        List<SoftGoal> goals = options.priorities().stream().filter(g -> g != SoftGoal.CLINIC_SPREAD).toList();
        if (goals.isEmpty()) {
            return;
        }
        List<LinearArgument> terms = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        long weight = 1;
        for (int i = goals.size() - 1; i >= 0; i--) {
            SoftGoal goal = goals.get(i);
            terms.add(goal == SoftGoal.REQUESTS_GRANTED ? requestsBlocked() : spread(goal == SoftGoal.WEEKEND_CALL_SPREAD));
            weights.add(weight);
            // a spread summed over 3 PGY levels is at most 3 x days; each request is blocked by at most 2 calls
            weight *= Math.max(3L * in.days, 2L * in.requests.size()) + 1;
        }
        model.minimize(LinearExpr.weightedSum(terms.toArray(new LinearArgument[0]),
                weights.stream().mapToLong(Long::longValue).toArray()));
    }

    /** Calls that keep a resident from a requested free day: a call that night or the night before. */
    private LinearExpr requestsBlocked() {
        LinearExprBuilder blocked = LinearExpr.newBuilder();
        for (Instance.Request q : in.requests) {
            if (!q.resident()) {
                continue;
            }
            for (int night = q.day() - 1; night <= q.day(); night++) {
                if (night >= 0 && call[q.person()][night] != null) {
                    blocked.add(call[q.person()][night]);
                }
            }
        }
        return blocked.build();
    }

    /** Sum over PGY levels of max - min calls (Friday/Saturday nights only when weekendOnly). */
    private LinearExpr spread(boolean weekendOnly) {
        List<LinearArgument> parts = new ArrayList<>();
        List<Long> signs = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            IntVar hi = model.newIntVar(0, in.days, "hi");
            IntVar lo = model.newIntVar(0, in.days, "lo");
            int members = 0;
            for (int r = 0; r < in.residents(); r++) {
                if (in.pgy[r] != level) {
                    continue;
                }
                members++;
                LinearExprBuilder count = LinearExpr.newBuilder();
                for (int d = 0; d < in.days; d++) {
                    if (call[r][d] != null && (!weekendOnly || in.fridayOrSaturday[d])) {
                        count.add(call[r][d]);
                    }
                }
                LinearExpr total = count.build();
                model.addLessOrEqual(total, hi);
                model.addGreaterOrEqual(total, lo);
            }
            if (members > 1) {
                parts.add(hi);
                signs.add(1L);
                parts.add(lo);
                signs.add(-1L);
            }
        }
        return LinearExpr.weightedSum(parts.toArray(new LinearArgument[0]),
                signs.stream().mapToLong(Long::longValue).toArray());
    }
}
