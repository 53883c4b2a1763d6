package org.residency.scheduler.engine;

import java.util.List;

/**
 * Local search on a call rota, in plain Java: the night-by-night greedy rota improved by moving a
 * night to another resident and by exchanging two nights of two residents, each step kept only when
 * the rota keeps stage 2's rules and its objective (the call planner's, in the configured order: call
 * spread, weekend call spread, calls that block requested days off, each summed as the model sums it)
 * gets lexicographically smaller. When that objective reaches its bound (the divisibility bounds, no
 * blocked request) the rota is optimal for the stage without a solve; otherwise it is the solver's hint.
 */
final class RotaSearch {

    /** Passes over all moves; each pass is a few milliseconds on 18 residents. */
    private static final int MAX_PASSES = 30;
    /** Rotas evaluated at most (a work limit, not a clock, so the result is repeatable). */
    private static final long MAX_EVALUATIONS = 1_000_000;
    private long evaluations;

    private final Instance in;
    private final int[][] plan;
    private final boolean[][] can;
    private final List<SoftGoal> goals;
    /** Staffed (day, rotation) pairs with requesters: {day, wishes, spare, members...}. */
    private final List<int[]> thinServices = new java.util.ArrayList<>();
    private final int[] count;
    private final int[] weekendCount;

    /**
     * @param can   can[r][d]: resident r may hold call on night d (pool rotation, present, working that day)
     * @param goals the call planner's goals, most important first (clinic spread left out)
     */
    RotaSearch(Instance in, int[][] plan, boolean[][] can, List<SoftGoal> goals) {
        this.in = in;
        this.plan = plan;
        this.can = can;
        this.goals = goals;
        this.count = new int[in.residents()];
        this.weekendCount = new int[in.residents()];
        int[][] requesters = new int[in.days][in.rotations.length];
        for (Instance.Request q : in.requests) {
            if (q.resident() && !in.residentAbsent[q.person()][q.day()]) {
                requesters[q.day()][plan[q.person()][in.blockOf(q.day())]]++;
            }
        }
        for (int d = 1; d < in.days; d++) {
            int b = in.blockOf(d);
            for (int x = 0; x < in.rotations.length; x++) {
                if (requesters[d][x] == 0 || !in.staffedOn(x, d)) {
                    continue;
                }
                List<Integer> members = new java.util.ArrayList<>();
                for (int r = 0; r < in.residents(); r++) {
                    if (plan[r][b] == x && !in.residentAbsent[r][d]) {
                        members.add(r);
                    }
                }
                int[] entry = new int[3 + members.size()];
                entry[0] = d;
                entry[1] = requesters[d][x];
                entry[2] = members.size() - in.rotations[x].perSession();
                for (int k = 0; k < members.size(); k++) {
                    entry[3 + k] = members.get(k);
                }
                thinServices.add(entry);
            }
        }
    }

    /** The objective's terms in goal order (lower is better), as the call planner's model counts them. */
    long[] objective(int[] rota) {
        java.util.Arrays.fill(count, 0);
        java.util.Arrays.fill(weekendCount, 0);
        for (int d = 0; d < in.days; d++) {
            if (rota[d] >= 0) {
                count[rota[d]]++;
                weekendCount[rota[d]] += in.fridayOrSaturday[d] ? 1 : 0;
            }
        }
        return terms(rota);
    }

    /** The terms from the counts kept up to date with {@code rota}. */
    private long[] terms(int[] rota) {
        return java.util.Arrays.copyOf(key(rota), goals.size());
    }

    /**
     * The terms, then the sums of squared call and weekend call counts: a step that moves a night from
     * a resident with more calls to one with at least two fewer lowers them without changing a spread,
     * so the search can pass through rotas of equal spread towards a smaller one.
     */
    private long[] key(int[] rota) {
        evaluations++;
        long[] terms = new long[goals.size() + 2];
        for (int r = 0; r < in.residents(); r++) {
            terms[goals.size()] += (long) count[r] * count[r];
            terms[goals.size() + 1] += (long) weekendCount[r] * weekendCount[r];
        }
        for (int g = 0; g < goals.size(); g++) {
            terms[g] = switch (goals.get(g)) {
                case CALL_SPREAD -> spread(count);
                case WEEKEND_CALL_SPREAD -> spread(weekendCount);
                case REQUESTS_GRANTED -> blocked(rota);
                case CLINIC_SPREAD -> 0;
            };
        }
        return terms;
    }

    /** Moves night d to resident r (or back), keeping the counts. */
    private void assign(int[] rota, int d, int r) {
        int was = rota[d];
        if (was >= 0) {
            count[was]--;
            weekendCount[was] -= in.fridayOrSaturday[d] ? 1 : 0;
        }
        rota[d] = r;
        count[r]++;
        weekendCount[r] += in.fridayOrSaturday[d] ? 1 : 0;
    }

    /** The least value each term can take: the divisibility bounds of the spreads, no blocked request. */
    long[] bound() {
        long[] terms = new long[goals.size()];
        for (int g = 0; g < goals.size(); g++) {
            terms[g] = switch (goals.get(g)) {
                case CALL_SPREAD -> ProvenBounds.callSpread(in, false);
                case WEEKEND_CALL_SPREAD -> ProvenBounds.callSpread(in, true);
                default -> 0;
            };
        }
        return terms;
    }

    private long spread(int[] counts) {
        long total = 0;
        for (int level = 1; level <= 3; level++) {
            int hi = Integer.MIN_VALUE;
            int lo = Integer.MAX_VALUE;
            int members = 0;
            for (int r = 0; r < in.residents(); r++) {
                if (in.pgy[r] == level) {
                    members++;
                    hi = Math.max(hi, counts[r]);
                    lo = Math.min(lo, counts[r]);
                }
            }
            total += members > 1 ? hi - lo : 0;
        }
        return total;
    }

    /** Calls on or the night before a requested day, plus requesters a post-call departure leaves unreleasable. */
    private long blocked(int[] rota) {
        long blocked = 0;
        for (Instance.Request q : in.requests) {
            if (q.resident()) {
                blocked += rota[q.day()] == q.person() ? 1 : 0;
                blocked += q.day() > 0 && rota[q.day() - 1] == q.person() ? 1 : 0;
            }
        }
        for (int[] service : thinServices) {
            int gone = 0;
            for (int k = 3; k < service.length; k++) {
                gone += rota[service[0] - 1] == service[k] ? 1 : 0;
            }
            blocked += Math.max(0, Math.min(service[1], gone + service[1] - service[2]));
        }
        return blocked;
    }

    /** Whether r may take night d in {@code rota} (d's current holder set aside): eligible, q3, service after post-call. */
    private boolean mayTake(int[] rota, int r, int d, int ignoredNight) {
        if (!can[r][d]) {
            return false;
        }
        for (int k = Math.max(0, d - Instance.CALL_GAP + 1); k < Math.min(in.days, d + Instance.CALL_GAP); k++) {
            if (k != d && k != ignoredNight && rota[k] == r) {
                return false;
            }
        }
        return CallPlanner.serviceCanSparePostCall(in, plan, r, d + 1);
    }

    /** {@code start} improved until no single move or exchange helps, or the bound is reached. */
    int[] improve(int[] start) {
        int[] rota = start.clone();
        objective(rota);
        long[] best = key(rota);
        long[] bound = bound();
        for (int pass = 0; pass < MAX_PASSES && java.util.Arrays.compare(java.util.Arrays.copyOf(best, bound.length), bound) > 0
                && evaluations < MAX_EVALUATIONS; pass++) {
            boolean improved = false;
            for (int d = 0; d < in.days; d++) {
                int holder = rota[d];
                for (int r = 0; r < in.residents(); r++) {
                    if (r == holder || holder < 0 || !mayTake(rota, r, d, -1)) {
                        continue;
                    }
                    assign(rota, d, r);
                    long[] value = key(rota);
                    if (java.util.Arrays.compare(value, best) < 0) {
                        best = value;
                        holder = r;
                        improved = true;
                    } else {
                        assign(rota, d, holder);
                    }
                }
            }
            if (!improved) {
                improved = exchange(rota, best);
                if (improved) {
                    best = key(rota);
                }
            }
            if (!improved) {
                break;
            }
        }
        return rota;
    }

    /** One improving exchange of a Friday/Saturday night with another night of another resident, if any. */
    private boolean exchange(int[] rota, long[] best) {
        for (int d1 = 0; d1 < in.days; d1++) {
            if (!in.fridayOrSaturday[d1]) {
                continue;
            }
            for (int d2 = 0; d2 < in.days && evaluations < MAX_EVALUATIONS; d2++) {
                int a = rota[d1];
                int b = rota[d2];
                if (d2 == d1 || in.fridayOrSaturday[d2] || a == b || a < 0 || b < 0) {
                    continue;
                }
                if (!mayTake(rota, b, d1, d2) || !mayTake(rota, a, d2, d1)) {
                    continue;
                }
                if (Math.abs(d1 - d2) < Instance.CALL_GAP) {
                    continue;
                }
                assign(rota, d1, b);
                assign(rota, d2, a);
                if (java.util.Arrays.compare(key(rota), best) >= 0) {
                    assign(rota, d1, a);
                    assign(rota, d2, b);
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
