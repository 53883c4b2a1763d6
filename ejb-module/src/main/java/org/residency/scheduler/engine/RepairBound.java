package org.residency.scheduler.engine;

/**
 * A lower bound on the changed assignments of any repair, found by counting before any search: it
 * proves a repair minimal the moment one reaches it, without solving the rest of the year to show
 * that nothing cheaper exists there.
 *
 * <p>Start from the reference with only what the absence forces: the person's days AA (one change
 * each that was not AA) and their call nights without a holder (one change each). Then, day by day,
 * count what that leaves broken, each broken thing needing changed days of other people on that very
 * day: a rotation short of its minimum at R needs that many more of its own residents at R (each
 * resident counts for one rotation only), and a session short of preceptors needs at least one
 * changed day. Each orphaned call night needs a new holder X who works RR that day and is OO the next
 * (call-day, post-call); X's own changed days count too, except where X's change can be one of the
 * days already counted (X moving to R on a rotation short of residents, or leaving C where supervision
 * is short). The cheapest X is taken; call spacing and hours are ignored, which only lowers the bound.
 *
 * <p>Valid for every repair that keeps the block plan and the days before the freeze, so also for the
 * narrower windows a repair searches first.
 */
final class RepairBound {

    private final Instance in;
    private final Timeline forced;
    private final int freeze;

    private RepairBound(Instance in, Timeline forced, int freeze) {
        this.in = in;
        this.forced = forced;
        this.freeze = freeze;
    }

    /**
     * @param in        the program with the new absence
     * @param reference the schedule being repaired
     * @param freeze    first day that may change
     * @param resident  the absent resident's index, or null
     * @param faculty   the absent faculty member's index, or null
     */
    static int of(Instance in, Timeline reference, int freeze, Integer resident, Integer faculty) {
        Timeline forced = forced(in, reference, freeze, resident, faculty);
        return Repair.changes(in, reference, forced).size() + new RepairBound(in, forced, freeze).othersChanged();
    }

    /**
     * The reference with only what the absence forces from the freeze on: the person AA on each absent
     * day, and no holder for the call nights they held then (rota -1).
     */
    static Timeline forced(Instance in, Timeline reference, int freeze, Integer resident, Integer faculty) {
        Timeline forced = reference.copy();
        for (int d = freeze; d < in.days; d++) {
            boolean absent = resident != null ? in.residentAbsent[resident][d] : in.facultyAbsent[faculty][d];
            if (!absent) {
                continue;
            }
            char[] codes = resident != null ? forced.residentCode[resident] : forced.facultyCode[faculty];
            codes[2 * d] = 'A';
            codes[2 * d + 1] = 'A';
            if (resident != null && forced.rota[d] == resident) {
                forced.rota[d] = -1;
            }
        }
        return forced;
    }

    /** Changed days of other people that what is broken in {@link #forced} needs, from the freeze on. */
    private int othersChanged() {
        int total = 0;
        for (int d = freeze; d < in.days; d++) {
            if (forced.rota[d] >= 0) {
                total += needed(d);
                continue;
            }
            total += d + 1 < in.days ? cheapestHolder(d) : needed(d) + cheapestCallDay(d);
            d++;                                         // the day after was counted with the night
        }
        return total;
    }

    /** Days that must change on day d: residents missing at R, summed over rotations, or 1 for supervision. */
    private int needed(int d) {
        int short_ = 0;
        for (int x = 0; x < in.rotations.length; x++) {
            short_ += shortAtR(x, d);
        }
        return Math.max(short_, supervisionShort(d) ? 1 : 0);
    }

    private int shortAtR(int x, int d) {
        if (!in.staffedOn(x, d)) {
            return 0;
        }
        int most = 0;
        for (int s = 0; s < 2; s++) {
            most = Math.max(most, in.rotations[x].perSession() - forced.atRotation(x, d, s));
        }
        return most;
    }

    private boolean supervisionShort(int d) {
        for (int s = 0; s < 2; s++) {
            if (forced.supervisedUnits(d, s) > forced.supervisingUnits(d, s)) {
                return true;
            }
        }
        return false;
    }

    /** Night n has no holder and a next day: the cheapest new holder's days n and n + 1 with what else needs them. */
    private int cheapestHolder(int n) {
        int onDay = needed(n);
        int onNext = needed(n + 1);
        int best = Integer.MAX_VALUE;
        for (int r = 0; r < in.residents(); r++) {
            if (in.residentAbsent[r][n] || !in.canCall(forced.plan, r, n)) {
                continue;
            }
            best = Math.min(best, withCallDay(r, n, onDay) + withPostCall(r, n + 1, onNext));
        }
        return best == Integer.MAX_VALUE ? onDay + onNext : best;
    }

    /** The last night of the year: only its call day counts. */
    private int cheapestCallDay(int n) {
        int onDay = needed(n);
        int best = Integer.MAX_VALUE;
        for (int r = 0; r < in.residents(); r++) {
            if (!in.residentAbsent[r][n] && in.canCall(forced.plan, r, n)) {
                best = Math.min(best, withCallDay(r, n, onDay) - onDay);
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }

    /** Changed days on day d when r must be RR there. */
    private int withCallDay(int r, int d, int onDay) {
        String day = forced.residentDay(r, d);
        if (day.equals("RR")) {
            return onDay;
        }
        boolean helps = shortAtR(forced.plan[r][in.blockOf(d)], d) > 0
                || (day.indexOf('C') >= 0 && supervisionShort(d));
        return helps ? Math.max(onDay, 1) : onDay + 1;
    }

    /** Changed days on day d when r must be OO (or AA) there after a call. */
    private int withPostCall(int r, int d, int onDay) {
        String day = forced.residentDay(r, d);
        if (day.equals("OO") || day.equals("AA")) {
            return onDay;
        }
        boolean helps = day.indexOf('C') >= 0 && supervisionShort(d);
        return helps ? Math.max(onDay, 1) : onDay + 1;
    }
}
