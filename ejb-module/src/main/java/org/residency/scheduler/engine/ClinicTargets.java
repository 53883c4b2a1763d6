package org.residency.scheduler.engine;

/**
 * How many clinic sessions each resident should hold, so that the year's totals are equal within each
 * PGY level ({@code clinicSpread} 0) wherever the weekly rules allow it.
 *
 * <p>Once the block plan and the call rota are known, each week of each resident has a fixed range of
 * clinic sessions: exactly {@code clinicPerWeek} in a full week without absence, call or post-call day
 * (the weekly rule), otherwise anything from 0 up to {@code clinicPerWeek} or the sessions left by
 * absence, call day (RR) and post-call day (OO). Summed over the year this gives every resident a range
 * [lo, hi]; a level's totals can all be equal to {@code T = min hi} exactly when {@code max lo <= T}, and
 * otherwise its spread is at least {@code max lo - min hi} with this plan and rota.
 *
 * <p>The year is built block by block, so each block is given an aim (see {@link #aim}) computed from
 * the sessions the blocks before it really have.
 */
final class ClinicTargets {

    private final Instance in;
    /** weekLo[r][w], weekHi[r][w]: the clinic sessions resident r can hold in week w. */
    private final int[][] weekLo;
    private final int[][] weekHi;
    private final int spreadBound;

    ClinicTargets(Instance in, int[][] plan, int[] rota) {
        this.in = in;
        int nr = in.residents();
        int nw = in.weeks.size();
        weekLo = new int[nr][nw];
        weekHi = new int[nr][nw];
        int[] lo = new int[nr];
        int[] hi = new int[nr];
        for (int r = 0; r < nr; r++) {
            for (int w = 0; w < nw; w++) {
                Instance.Week week = in.weeks.get(w);
                int k = in.rotations[plan[r][week.block()]].clinicPerWeek();
                int sessions = 0;
                boolean busy = false;
                for (int d = week.first(); d < week.end(); d++) {
                    boolean onCall = rota[d] == r;
                    boolean postCall = d > 0 && rota[d - 1] == r;
                    busy |= in.residentAbsent[r][d] || onCall || postCall;
                    if (!in.weekend[d] && !in.residentAbsent[r][d] && !onCall && !postCall) {
                        sessions += 2;
                    }
                }
                weekHi[r][w] = Math.min(k, sessions);
                weekLo[r][w] = week.full() && !busy ? k : 0;
                lo[r] += weekLo[r][w];
                hi[r] += weekHi[r][w];
            }
        }
        int bound = 0;
        for (int level = 1; level <= 3; level++) {
            int minHi = Integer.MAX_VALUE;
            int maxLo = Integer.MIN_VALUE;
            int members = 0;
            for (int r = 0; r < nr; r++) {
                if (in.pgy[r] == level) {
                    members++;
                    minHi = Math.min(minHi, hi[r]);
                    maxLo = Math.max(maxLo, lo[r]);
                }
            }
            if (members > 1) {
                bound += Math.max(0, maxLo - minHi);
            }
        }
        spreadBound = bound;
    }

    /**
     * The least clinic spread any day schedule can have with this block plan and call rota (0 in most
     * programs); a bound of the day stage, not of the whole problem.
     */
    int spreadBound() {
        return spreadBound;
    }

    /**
     * Clinic sessions resident r should hold in the whole weeks of [d0, d1), given the sessions
     * {@code t} already has before d0. The level's total is re-aimed at what its least-served resident
     * can still reach (a block that fell short lowers everyone's aim instead of leaving a gap), and the
     * range gets its proportional part of what is still needed, kept where the later weeks can still
     * make up the rest either way.
     */
    int aim(int r, int d0, int d1, Timeline t) {
        int target = Integer.MAX_VALUE;
        for (int other = 0; other < in.residents(); other++) {
            if (in.pgy[other] == in.pgy[r]) {
                target = Math.min(target, t.clinicSessions(other, 0, d0) + reachable(other, d0));
            }
        }
        target = Math.max(target, yearLo(r));
        int lo = 0;
        int hi = 0;
        int laterLo = 0;
        int laterHi = 0;
        for (int w = 0; w < in.weeks.size(); w++) {
            Instance.Week week = in.weeks.get(w);
            if (week.first() >= d0 && week.end() <= d1) {
                lo += weekLo[r][w];
                hi += weekHi[r][w];
            } else if (week.first() >= d1) {
                laterLo += weekLo[r][w];
                laterHi += weekHi[r][w];
            }
        }
        int needed = target - t.clinicSessions(r, 0, d0);
        int share = hi + laterHi == 0 ? 0 : Math.round((float) needed * hi / (hi + laterHi));
        int least = Math.max(lo, needed - laterHi);
        int most = Math.min(hi, needed - laterLo);
        return least > most ? Math.max(lo, Math.min(hi, needed - laterLo)) : Math.max(least, Math.min(most, share));
    }

    /** The most clinic sessions resident r can still hold from day {@code from} on. */
    private int reachable(int r, int from) {
        int sum = 0;
        for (int w = 0; w < in.weeks.size(); w++) {
            if (in.weeks.get(w).first() >= from) {
                sum += weekHi[r][w];
            }
        }
        return sum;
    }

    private int yearLo(int r) {
        int sum = 0;
        for (int lo : weekLo[r]) {
            sum += lo;
        }
        return sum;
    }
}
