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
 * <p>The year is built block by block, so each block is given an aim: as many sessions as its weeks
 * allow, but never so many that the later weeks, at their minimum, would carry the total past T. The
 * block after a short one can make the difference up, and lowering a total later is always possible.
 */
final class ClinicTargets {

    private final Instance in;
    /** weekLo[r][w], weekHi[r][w]: the clinic sessions resident r can hold in week w. */
    private final int[][] weekLo;
    private final int[][] weekHi;
    /** The year's total each resident aims at: the lowest maximum in its PGY level. */
    private final int[] yearTarget;
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
        yearTarget = new int[nr];
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
            for (int r = 0; r < nr; r++) {
                if (in.pgy[r] == level) {
                    yearTarget[r] = minHi;          // residents whose minimum lies above it stay at their minimum
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
     * {@code t} already has before d0.
     */
    int aim(int r, int d0, int d1, Timeline t) {
        int lo = 0;
        int hi = 0;
        int laterLo = 0;
        for (int w = 0; w < in.weeks.size(); w++) {
            Instance.Week week = in.weeks.get(w);
            if (week.first() >= d0 && week.end() <= d1) {
                lo += weekLo[r][w];
                hi += weekHi[r][w];
            } else if (week.first() >= d1) {
                laterLo += weekLo[r][w];
            }
        }
        int wanted = yearTarget[r] - t.clinicSessions(r, 0, d0) - laterLo;
        return Math.max(lo, Math.min(hi, wanted));
    }
}
