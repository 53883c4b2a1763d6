package org.residency.scheduler.engine;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
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
    StageResult<int[]> solve(CpSolve.Budget limit, SolveOptions options, Cancellation cancel, LongConsumer onSolution,
                             boolean firstSolutionOnly) {
        build(options);
        // The greedy rota, improved by local search: kept without a solve when only a valid rota is
        // asked for, or when its objective is at the bound the model states (then nothing is better);
        // otherwise the solver's hint.
        long started = System.nanoTime();
        boolean[][] can = new boolean[in.residents()][in.days];
        for (int r = 0; r < in.residents(); r++) {
            for (int d = 0; d < in.days; d++) {
                can[r][d] = call[r][d] != null;
            }
        }
        RotaSearch search = new RotaSearch(in, plan, can, goals(options));
        int[] greedy = greedyRota();
        String greedyProblem = firstProblem(greedy);
        int[] start = greedyProblem == null ? search.improve(greedy) : greedy;
        String problem = greedyProblem != null ? greedyProblem : firstProblem(start);
        if (problem != null && greedyProblem == null) {
            start = greedy;                              // the search broke a rule it does not model: keep the greedy one
            problem = null;
        }
        boolean atBound = problem == null && java.util.Arrays.equals(search.objective(start), search.bound());
        boolean quick = firstSolutionOnly || options.effort() == SolveOptions.Effort.FIRST_VALID;
        CpSolve.profile(String.format(java.util.Locale.ROOT, "call rota: greedy rota and local search in %.3f s, %s",
                (System.nanoTime() - started) / 1e9, problem != null ? "left to CP-SAT: " + problem
                        : "objective " + java.util.Arrays.toString(search.objective(start)) + ", bound "
                        + java.util.Arrays.toString(search.bound()) + (atBound || quick ? ", kept" : ", the solver's hint")));
        if (problem == null && (atBound || quick)) {
            return new StageResult<>(new CpSolve.Outcome(null, atBound ? CpSolverStatus.OPTIMAL
                    : CpSolverStatus.FEASIBLE), start);
        }
        hint(start);
        CpSolve.Outcome outcome = CpSolve.solve("call rota", model, limit, options, cancel, onSolution, firstSolutionOnly);
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


    private void build(SolveOptions options) {
        for (int r = 0; r < in.residents(); r++) {
            for (int d = 0; d < in.days; d++) {
                if (in.canCall(plan, r, d)) {
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

    /**
     * A quick rota to start the search from, night by night. Each PGY level gets its share of the nights
     * (in proportion to the nights its residents can take), the same for each of its residents, and
     * the night goes to the eligible resident furthest behind that share for the nights they have left
     * (on Friday and Saturday nights the weekend share first), avoiding calls that cost a requested day
     * off. Often reaches the proven bound, so the solver only has to confirm it.
     */
    int[] greedyRota() {
        int nr = in.residents();
        double[] share = new double[nr];
        double[] weekendShare = new double[nr];
        int[] left = new int[nr];
        int[] weekendLeft = new int[nr];
        int nights = 0;
        int weekendNights = 0;
        for (int d = 0; d < in.days; d++) {
            nights++;
            weekendNights += in.fridayOrSaturday[d] ? 1 : 0;
            for (int r = 0; r < nr; r++) {
                if (call[r][d] != null) {
                    left[r]++;
                    weekendLeft[r] += in.fridayOrSaturday[d] ? 1 : 0;
                }
            }
        }
        levelShares(left, nights, share);
        levelShares(weekendLeft, weekendNights, weekendShare);
        boolean[][] wanted = new boolean[nr][in.days + 1];
        for (Instance.Request q : in.requests) {
            if (q.resident()) {
                wanted[q.person()][q.day()] = true;
            }
        }
        int[] rota = new int[in.days];
        int[] calls = new int[nr];
        int[] weekendCalls = new int[nr];
        int[] last = new int[nr];
        java.util.Arrays.fill(last, -Instance.CALL_GAP);
        for (int d = 0; d < in.days; d++) {
            boolean weekend = in.fridayOrSaturday[d];
            int best = -1;
            double[] bestKey = null;
            for (int r = 0; r < nr; r++) {
                if (call[r][d] == null || d - last[r] < Instance.CALL_GAP || !serviceCanSparePostCall(r, d + 1)) {
                    continue;
                }
                double costsRequest = wanted[r][d] || wanted[r][d + 1] ? 1 : 0;
                double behind = (share[r] - calls[r]) / left[r];
                double weekendBehind = weekend ? (weekendShare[r] - weekendCalls[r]) / Math.max(1, weekendLeft[r]) : 0;
                double[] key = {-costsRequest, weekendBehind, behind, -last[r]};
                if (best < 0 || java.util.Arrays.compare(key, bestKey) > 0) {
                    best = r;
                    bestKey = key;
                }
            }
            for (int r = 0; r < nr; r++) {
                if (call[r][d] != null) {
                    left[r]--;
                    weekendLeft[r] -= weekend ? 1 : 0;
                }
            }
            rota[d] = best;
            if (best >= 0) {
                calls[best]++;
                weekendCalls[best] += weekend ? 1 : 0;
                last[best] = d;
            }
        }
        return rota;
    }

    /**
     * The first hard rule of this stage {@code rota} breaks, or null when it keeps them all: one
     * eligible pool resident each night, q3 spacing, staffed services' minimum after post-call
     * departures, and the calls' hours (the model's constraints, checked directly).
     */
    String firstProblem(int[] rota) {
        for (int d = 0; d < in.days; d++) {
            int r = rota[d];
            if (r < 0 || call[r][d] == null) {
                return "nobody can take the night of " + in.date(d);
            }
            for (int k = Math.max(0, d - Instance.CALL_GAP + 1); k < d; k++) {
                if (rota[k] == r) {
                    return "calls closer than every third night on " + in.date(d);
                }
            }
        }
        for (int d = 1; d < in.days; d++) {
            int b = in.blockOf(d);
            for (int x = 0; x < in.rotations.length; x++) {
                if (!in.staffedOn(x, d)) {
                    continue;
                }
                int present = 0;
                int postCall = 0;
                for (int r = 0; r < in.residents(); r++) {
                    if (plan[r][b] == x && !in.residentAbsent[r][d]) {
                        present++;
                        postCall += rota[d - 1] == r ? 1 : 0;
                    }
                }
                if (postCall > 0 && present - postCall < in.rotations[x].perSession()) {
                    return in.rotations[x].id() + " short after a post-call departure on " + in.date(d);
                }
            }
        }
        long perCall = 2 * in.halfDayHours + in.callNightHours;
        long cap = Instance.MAX_WINDOW_HOURS / perCall;
        for (int r = 0; r < in.residents(); r++) {
            for (int s = 0; s + Instance.WINDOW <= in.days; s++) {
                int calls = 0;
                for (int d = s; d < s + Instance.WINDOW; d++) {
                    calls += rota[d] == r ? 1 : 0;
                }
                if (calls > cap) {
                    return in.residentIds[r] + " has too many call hours in the window from " + in.date(s);
                }
            }
        }
        return null;
    }

    private boolean serviceCanSparePostCall(int r, int day) {
        return serviceCanSparePostCall(in, plan, r, day);
    }

    /**
     * Whether r's service on day {@code day} keeps its minimum with r post-call (gone home), under this block
     * plan; the greedy rota here and the rota's local search ({@link RotaSearch}) both ask it.
     */
    static boolean serviceCanSparePostCall(Instance in, int[][] plan, int r, int day) {
        if (day >= in.days || in.residentAbsent[r][day]) {
            return true;
        }
        int b = in.blockOf(day);
        int x = plan[r][b];
        if (!in.staffedOn(x, day)) {
            return true;
        }
        int present = 0;
        for (int other = 0; other < in.residents(); other++) {
            present += plan[other][b] == x && !in.residentAbsent[other][day] ? 1 : 0;
        }
        return present - 1 >= in.rotations[x].perSession();
    }

    /** Each resident's share of {@code nights}: its level's part (by availability), split evenly in the level. */
    private void levelShares(int[] available, int nights, double[] share) {
        long total = 0;
        long[] levelAvailable = new long[4];
        int[] levelSize = new int[4];
        for (int r = 0; r < in.residents(); r++) {
            total += available[r];
            if (available[r] > 0) {
                levelAvailable[in.pgy[r]] += available[r];
                levelSize[in.pgy[r]]++;
            }
        }
        for (int r = 0; r < in.residents(); r++) {
            int level = in.pgy[r];
            share[r] = available[r] == 0 || total == 0 ? 0
                    : (double) nights * levelAvailable[level] / total / levelSize[level];
        }
    }

    private void hint(int[] rota) {
        for (int d = 0; d < in.days; d++) {
            for (int r = 0; r < in.residents(); r++) {
                if (call[r][d] != null) {
                    model.addHint(call[r][d], rota[d] == r);
                }
            }
        }
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

    /** The goals this stage optimises, most important first. */
    private static List<SoftGoal> goals(SolveOptions options) {
        return options.priorities().stream().filter(g -> g != SoftGoal.CLINIC_SPREAD).toList();
    }

    private void objective(SolveOptions options) {
        List<SoftGoal> goals = goals(options);
        if (goals.isEmpty()) {
            return;
        }
        List<LinearArgument> terms = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        long weight = 1;
        for (int i = goals.size() - 1; i >= 0; i--) {
            SoftGoal goal = goals.get(i);
            terms.add(goal == SoftGoal.REQUESTS_GRANTED ? requestsBlocked() : boundedSpread(goal == SoftGoal.WEEKEND_CALL_SPREAD));
            weights.add(weight);
            // a spread summed over 3 PGY levels is at most 3 x days; each request is blocked by at most
            // 2 calls and once more by its service's staffing
            weight *= Math.max(3L * in.days, 3L * in.requests.size()) + 1;
        }
        model.minimize(LinearExpr.weightedSum(terms.toArray(new LinearArgument[0]),
                weights.stream().mapToLong(Long::longValue).toArray()));
    }

    /**
     * Calls that keep residents from a requested free day: a call that night or the night before, and
     * post-call residents who leave a staffed service too thin to let its requesters go that day.
     */
    private LinearExpr requestsBlocked() {
        LinearExprBuilder blocked = LinearExpr.newBuilder();
        int[][] requesters = new int[in.days][in.rotations.length];
        for (Instance.Request q : in.requests) {
            if (!q.resident()) {
                continue;
            }
            for (int night = q.day() - 1; night <= q.day(); night++) {
                if (night >= 0 && call[q.person()][night] != null) {
                    blocked.add(call[q.person()][night]);
                }
            }
            if (!in.residentAbsent[q.person()][q.day()]) {
                requesters[q.day()][plan[q.person()][in.blockOf(q.day())]]++;
            }
        }
        for (int d = 1; d < in.days; d++) {
            for (int x = 0; x < in.rotations.length; x++) {
                if (requesters[d][x] > 0 && in.staffedOn(x, d)) {
                    staffingBlocksRequests(blocked, d, x, requesters[d][x]);
                }
            }
        }
        return blocked.build();
    }

    /** Requests on rotation x that day d cannot grant once post-call residents are gone too. */
    private void staffingBlocksRequests(LinearExprBuilder blocked, int d, int x, int wishes) {
        int b = in.blockOf(d);
        int present = 0;
        LinearExprBuilder gone = LinearExpr.newBuilder();
        for (int r = 0; r < in.residents(); r++) {
            if (plan[r][b] == x && !in.residentAbsent[r][d]) {
                present++;
                if (call[r][d - 1] != null) {
                    gone.add(call[r][d - 1]);
                }
            }
        }
        int spare = present - in.rotations[x].perSession();
        IntVar refused = model.newIntVar(0, wishes, "refused");
        gone.add(wishes - spare);                        // refused >= post-call + wishes - spare
        model.addGreaterOrEqual(refused, gone.build());
        blocked.add(refused);
    }

    /**
     * The spread with its divisibility bound stated to the solver, so that it stops as soon as a rota
     * reaches it instead of searching for a proof: when the nights cannot be split into equal shares
     * within every PGY level, some level has a spread of at least 1.
     */
    private LinearExpr boundedSpread(boolean weekendOnly) {
        LinearExpr spread = spread(weekendOnly);
        model.addGreaterOrEqual(spread, ProvenBounds.callSpread(in, weekendOnly));
        return spread;
    }

    /** Sum over PGY levels of max - min calls (Friday/Saturday nights only when weekendOnly). */
    private LinearExpr spread(boolean weekendOnly) {
        return Spread.perPgy(model, in, r -> {
            LinearExprBuilder count = LinearExpr.newBuilder();
            for (int d = 0; d < in.days; d++) {
                if (call[r][d] != null && (!weekendOnly || in.fridayOrSaturday[d])) {
                    count.add(call[r][d]);
                }
            }
            return count.build();
        }, in.days);
    }
}
