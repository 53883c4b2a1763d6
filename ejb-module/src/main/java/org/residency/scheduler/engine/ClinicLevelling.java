package org.residency.scheduler.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A last pass over a finished year that evens out the clinic totals within each PGY level where the
 * blocks left them apart (clinicSpread is max - min per level, summed). The blocks are built one after
 * the other towards {@link ClinicTargets}' aims, and when one falls short the later ones cannot always
 * make it up, which left 150/60 years one session above the bound 0.
 *
 * <p>Each step narrows a level by one: every resident at its highest total gives up one clinic session
 * (C to R, in a week where the weekly rule is "at most": one with an absence, call or post-call day,
 * or a short last week), or else every resident at its lowest gains one (R to C on a weekday that is
 * not a call day, in such a week with room under the quota). C and R count the same hours and neither
 * is a free day, so the 28-day windows do not change; each move is checked against its day's rules
 * (staffing at R, clinic capacity, supervision) and its week's.
 */
final class ClinicLevelling {

    private final Instance in;
    private final Timeline t;

    private ClinicLevelling(Instance in, Timeline year) {
        this.in = in;
        this.t = year.copy();
    }

    /** A copy of the year with clinic totals as even as these moves make them, or null when none moved. */
    static Timeline level(Instance in, Timeline year) {
        ClinicLevelling levelling = new ClinicLevelling(in, year);
        boolean moved = false;
        for (int level = 1; level <= 3; level++) {
            while (levelling.narrow(level)) {
                moved = true;                            // one session closer; try again
            }
        }
        return moved ? levelling.t : null;
    }

    private boolean narrow(int level) {
        List<Integer> members = new ArrayList<>();
        for (int r = 0; r < in.residents(); r++) {
            if (in.pgy[r] == level) {
                members.add(r);
            }
        }
        if (members.size() < 2) {
            return false;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int[] total = new int[in.residents()];
        for (int r : members) {
            total[r] = t.clinicSessions(r, 0, in.days);
            lo = Math.min(lo, total[r]);
            hi = Math.max(hi, total[r]);
        }
        if (hi == lo) {
            return false;
        }
        int highest = hi;
        int lowest = lo;
        return moveAll(members.stream().filter(r -> total[r] == highest).toList(), 'C', 'R')
                || moveAll(members.stream().filter(r -> total[r] == lowest).toList(), 'R', 'C');
    }

    /** One session from {@code from} to {@code to} for each of {@code residents}, or none at all. */
    private boolean moveAll(List<Integer> residents, char from, char to) {
        List<int[]> done = new ArrayList<>();
        for (int r : residents) {
            int[] moved = moveOne(r, from, to);
            if (moved == null) {
                for (int[] undo : done) {
                    t.residentCode[undo[0]][undo[1]] = from;
                }
                return false;
            }
            done.add(moved);
        }
        return true;
    }

    /** {r, session index} of a session of r moved from {@code from} to {@code to}, or null when none can be. */
    private int[] moveOne(int r, char from, char to) {
        for (int d = 0; d < in.days; d++) {
            if (in.weekend[d] || in.residentAbsent[r][d] || t.onCall(r, d)) {
                continue;
            }
            if (!weekAllows(r, in.weeks.get(in.weekOf[d]), to == 'C' ? 1 : -1)) {
                continue;
            }
            for (int s = 0; s < 2; s++) {
                int k = 2 * d + s;
                if (t.residentCode[r][k] != from) {
                    continue;
                }
                t.residentCode[r][k] = to;
                if (DayCheck.day(in, t, d) == null) {           // the week's rule: weekAllows
                    return new int[] {r, k};
                }
                t.residentCode[r][k] = from;
            }
        }
        return null;
    }

    /**
     * Whether r's week takes one clinic session more (+1) or fewer (-1): only where the rule is "at most"
     * (an absence, call or post-call day of r in it, or a short week), and within the rotation's quota.
     */
    private boolean weekAllows(int r, Instance.Week week, int change) {
        int quota = in.rotations[t.plan[r][week.block()]].clinicPerWeek();
        int sessions = t.clinicSessions(r, week.first(), week.end()) + change;
        return (!week.full() || t.busy(r, week)) && sessions >= 0 && sessions <= quota;
    }
}
