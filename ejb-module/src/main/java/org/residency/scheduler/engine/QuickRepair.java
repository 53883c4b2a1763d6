package org.residency.scheduler.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A repair built without search, the way a chief resident would patch the schedule by hand: the
 * absent person's days become AA; each call night they held goes to the resident who can take it with
 * the fewest changed days of their own (already RR that day and OO the next, if anyone is); each
 * session a rotation is now short of residents at R gets one of that rotation's residents who is off
 * or at clinic that day. Every move is checked against the rules it can break (call spacing, clinic
 * quotas, 80 hours and free days in every 28-day window, each day's rules); null when some day cannot be
 * patched this way (a supervision shortfall, nobody who can take a night), and the search takes over.
 *
 * <p>When the result reaches {@link RepairBound} it is a proven minimum-change repair, found in
 * milliseconds; a 150-resident model takes CP-SAT seconds just to find its first answer.
 */
final class QuickRepair {

    private final Instance in;
    private final Timeline t;

    private QuickRepair(Instance in, Timeline forced) {
        this.in = in;
        this.t = forced;
    }

    /** The patched year, or null when some day could not be patched. Same arguments as {@link RepairBound#of}. */
    static Timeline build(Instance in, Timeline reference, int freeze, Integer resident, Integer faculty) {
        QuickRepair quick = new QuickRepair(in, RepairBound.forced(in, reference, freeze, resident, faculty));
        for (int d = freeze; d < in.days; d++) {
            if (!quick.patch(d)) {
                return null;
            }
        }
        return quick.t;
    }

    /** Gives night d a holder when it has none, fills the rotations short at R, then checks day d. */
    private boolean patch(int d) {
        if (t.rota[d] < 0 && !giveCall(d)) {
            return false;
        }
        for (int x = 0; x < in.rotations.length; x++) {
            while (in.staffedOn(x, d) && shortAtR(x, d) && addToRotation(x, d)) {
                // one more resident at R; ask again
            }
        }
        return DayCheck.day(in, t, d) == null;
    }

    private boolean shortAtR(int x, int d) {
        return t.atRotation(x, d, 0) < in.rotations[x].perSession() || t.atRotation(x, d, 1) < in.rotations[x].perSession();
    }

    private boolean giveCall(int n) {
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < in.residents(); r++) {
            if (!in.residentAbsent[r][n] && in.canCall(t.plan, r, n) && !callTooClose(r, n)) {
                candidates.add(r);
            }
        }
        candidates.sort(Comparator.comparingInt(r -> ownChanges(r, n)));
        for (int r : candidates) {
            String callDay = t.residentDay(r, n);
            String nextDay = n + 1 < in.days ? t.residentDay(r, n + 1) : null;
            set(r, n, "RR");
            if (nextDay != null && !nextDay.equals("AA")) {
                set(r, n + 1, "OO");
            }
            t.rota[n] = r;
            if (keepsOwnRules(r, n, n + 2)) {
                return true;
            }
            t.rota[n] = -1;
            set(r, n, callDay);
            if (nextDay != null) {
                set(r, n + 1, nextDay);
            }
        }
        return false;
    }

    /** r's own changed days if r took night n: the call day not RR, the day after neither OO nor AA. */
    private int ownChanges(int r, int n) {
        int changes = t.residentDay(r, n).equals("RR") ? 0 : 1;
        if (n + 1 < in.days) {
            String next = t.residentDay(r, n + 1);
            changes += next.equals("OO") || next.equals("AA") ? 0 : 1;
        }
        return changes;
    }

    private boolean callTooClose(int r, int n) {
        for (int k = 1; k < Instance.CALL_GAP; k++) {
            if (t.onCall(r, n - k) || t.onCall(r, n + k)) {
                return true;
            }
        }
        return false;
    }

    /** One more resident of rotation x at R on day d: someone off (not post-call) or at clinic; false when none fits. */
    private boolean addToRotation(int x, int d) {
        int b = in.blockOf(d);
        for (int r = 0; r < in.residents(); r++) {
            String day = t.residentDay(r, d);
            if (t.plan[r][b] != x || in.residentAbsent[r][d] || day.equals("RR") || t.onCall(r, d - 1)) {
                continue;
            }
            set(r, d, "RR");
            if (keepsOwnRules(r, d, d + 1)) {
                return true;
            }
            set(r, d, day);
        }
        return false;
    }

    /** The rules a change of r's days in [d0, d1) can break besides the day's own: clinic quotas and windows. */
    private boolean keepsOwnRules(int r, int d0, int d1) {
        for (int w = in.weekOf[d0]; w <= in.weekOf[Math.min(d1, in.days) - 1]; w++) {
            if (DayCheck.week(in, t, in.weeks.get(w)) != null) {
                return false;
            }
        }
        return DayCheck.residentWindows(in, t, r, d0, in.days) == null;
    }

    private void set(int r, int d, String day) {
        t.residentCode[r][2 * d] = day.charAt(0);
        t.residentCode[r][2 * d + 1] = day.charAt(1);
    }
}
