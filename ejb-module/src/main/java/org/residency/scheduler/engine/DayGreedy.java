package org.residency.scheduler.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * A constructive start for the days of a range of the year (whole weeks of blocks, calls fixed): the
 * days a rule fixes (absence AA, call day RR, post-call OO, weekend off on a weekday rotation), then
 * days off day by day, then clinic sessions week by week with the precepting faculty they need. No
 * search: a range it cannot fill is left to CP-SAT. What it returns keeps every rule the
 * {@link DayModel} of the range would impose ({@link DayCheck} is asked before it is returned), so the
 * next range can always follow it; the independent validator still checks the whole year.
 *
 * <p>Days off: a resident takes a free day when a 28-day window would otherwise run out of days that
 * could still become free, after six days in a row without one (so any seven days hold a free day and
 * every window, also one crossing into the next block, gets its share), or on a requested day off; each
 * only when the resident's service keeps its minimum at R. Clinic: a week without absence, call or
 * post-call gets exactly the rotation's quota (the weekly rule), other weeks share out what is left of
 * the resident's clinic aim for the range ({@link ClinicTargets}), each session placed where capacity,
 * the service's staffing and the supervision ratio (adding a preceptor with weekly room) allow.
 */
final class DayGreedy {

    private static final Logger LOG = Logger.getLogger(DayGreedy.class.getName());
    /** Consecutive days without a free day after which one is taken (any 7 days then hold a free day). */
    private static final int LONGEST_RUN = 6;
    /** Days in a row without a free day after which a weekend day is taken off. */
    private static final int EARLY_WEEKEND_RUN = 3;
    /** Tries per week to place its clinic sessions, each time with the resident who ran short first. */
    private static final int MAX_WEEK_TRIES = 6;

    private final Instance in;
    private final Timeline t;
    private final int d0;
    private final int d1;
    /** optional[r][i]: day d0 + i is the resident's to decide (present, no call, not post-call, not a forced weekend). */
    private final boolean[][] optional;
    private final boolean[][] residentWish;
    private final boolean[][] facultyWish;
    private final int[] aims;
    /** Why the clinic weeks could not be filled, or null. */
    private String clinicProblem;

    private DayGreedy(Instance in, Timeline year, int d0, int d1, ClinicTargets targets) {
        this.in = in;
        this.t = year.copy();
        this.d0 = d0;
        this.d1 = d1;
        this.optional = new boolean[in.residents()][d1 - d0];
        this.residentWish = new boolean[in.residents()][in.days];
        this.facultyWish = new boolean[in.faculty()][in.days];
        for (Instance.Request q : in.requests) {
            (q.resident() ? residentWish : facultyWish)[q.person()][q.day()] = true;
        }
        this.aims = new int[in.residents()];
        for (int r = 0; r < in.residents(); r++) {
            aims[r] = targets == null ? 0 : targets.aim(r, d0, d1, year);
        }
    }

    /**
     * The range filled, or null when this construction breaks a rule of the range (the caller then
     * solves it with CP-SAT).
     */
    static Timeline fill(Instance in, Timeline year, int d0, int d1, ClinicTargets targets) {
        long started = System.nanoTime();
        DayGreedy greedy = new DayGreedy(in, year, d0, d1, targets);
        greedy.fixedDays();
        greedy.daysOff();
        boolean placed = greedy.clinic();
        String problem = placed ? DayCheck.firstProblem(in, greedy.t, d0, d1) : greedy.clinicProblem;
        CpSolve.profile(String.format(java.util.Locale.ROOT, "days %s: constructed in %.3f s, %s", in.date(d0) + ".."
                + in.date(d1 - 1), (System.nanoTime() - started) / 1e9, problem == null ? "valid" : "left to CP-SAT: "
                + problem));
        if (problem != null) {
            LOG.fine(() -> "constructive start for " + in.date(d0) + ".." + in.date(d1 - 1) + " failed: " + problem);
            return null;
        }
        return greedy.t;
    }

    private void set(int r, int d, char am, char pm) {
        t.residentCode[r][2 * d] = am;
        t.residentCode[r][2 * d + 1] = pm;
    }

    private Instance.Rotation rotation(int r, int d) {
        return in.rotations[t.plan[r][in.blockOf(d)]];
    }

    /** What a rule decides alone; every other resident day starts as RR, faculty as O (or A). */
    private void fixedDays() {
        for (int d = d0; d < d1; d++) {
            for (int r = 0; r < in.residents(); r++) {
                if (in.residentAbsent[r][d]) {
                    set(r, d, 'A', 'A');
                } else if (t.onCall(r, d)) {
                    set(r, d, 'R', 'R');
                } else if (t.onCall(r, d - 1) || in.weekend[d] && !rotation(r, d).worksWeekends()) {
                    set(r, d, 'O', 'O');
                } else {
                    set(r, d, 'R', 'R');
                    optional[r][d - d0] = true;
                }
            }
            for (int f = 0; f < in.faculty(); f++) {
                char code = in.facultyAbsent[f][d] ? 'A' : 'O';
                t.facultyCode[f][2 * d] = code;
                t.facultyCode[f][2 * d + 1] = code;
            }
        }
    }

    // ------------------------------------------------------------------ days off

    private void daysOff() {
        for (int d = d0; d < d1; d++) {
            int day = d;
            List<int[]> candidates = new ArrayList<>();         // {resident, slack, wished, run}
            for (int r = 0; r < in.residents(); r++) {
                if (optional[r][d - d0]) {
                    candidates.add(new int[] {r, slack(r, d), residentWish[r][d] ? 1 : 0, run(r, d)});
                }
            }
            candidates.sort(Comparator.<int[]>comparingInt(c -> c[1] <= 0 ? 0 : 1)
                    .thenComparingInt(c -> -c[2]).thenComparingInt(c -> c[1]).thenComparingInt(c -> -c[3]));
            for (int[] c : candidates) {
                // a weekend day off a little early spares a weekday, which clinic could use
                boolean take = c[1] <= 0 || c[2] == 1 || c[3] >= LONGEST_RUN || in.weekend[day] && c[3] >= EARLY_WEEKEND_RUN;
                if (take && serviceCanSpare(c[0], day)) {
                    set(c[0], day, 'O', 'O');
                }
            }
        }
    }

    /**
     * How many days resident r could still leave out before day d must be free: over the 28-day windows
     * holding d, the least of (free days so far and to come for sure + days still to decide after d -
     * the days the window needs).
     */
    private int slack(int r, int d) {
        int least = Integer.MAX_VALUE;
        for (int s = Math.max(0, d - Instance.WINDOW + 1); s <= Math.min(d, in.days - Instance.WINDOW); s++) {
            int end = s + Instance.WINDOW;
            boolean whole = end <= d1;
            int to = whole ? end : d1;
            int need = whole ? Instance.MIN_FREE_DAYS : Instance.MIN_FREE_DAYS * (to - s) / Instance.WINDOW;
            int have = 0;
            for (int k = s; k < to; k++) {
                have += t.free(r, k) ? 1 : 0;
                have += k > d && optional[r][k - d0] ? 1 : 0;
            }
            least = Math.min(least, have - need);
        }
        return least;
    }

    /** Days in a row without a free day just before d (history included). */
    private int run(int r, int d) {
        int run = 0;
        for (int k = d - 1; k >= 0 && run < Instance.WINDOW && !t.free(r, k); k--) {
            run++;
        }
        return run;
    }

    /** Whether r's service keeps its minimum at R in both sessions of day d without r. */
    private boolean serviceCanSpare(int r, int d) {
        int x = t.plan[r][in.blockOf(d)];
        if (!in.staffedOn(x, d)) {
            return true;
        }
        for (int s = 0; s < 2; s++) {
            if (atR(x, d, s) - 1 < in.rotations[x].perSession()) {
                return false;
            }
        }
        return true;
    }

    private int atR(int x, int d, int s) {
        int b = in.blockOf(d);
        int count = 0;
        for (int r = 0; r < in.residents(); r++) {
            count += t.plan[r][b] == x && t.residentCode[r][2 * d + s] == 'R' ? 1 : 0;
        }
        return count;
    }

    // ------------------------------------------------------------------ clinic and precepting

    /**
     * Places the clinic sessions week by week; false when a week's exact quota cannot be met. A week
     * that fails is placed again with the resident who ran out of room first in line (a few tries).
     */
    private boolean clinic() {
        int[] left = aims.clone();
        List<Instance.Week> weeks = in.weeks.stream().filter(w -> w.first() >= d0 && w.end() <= d1).toList();
        for (Instance.Week week : weeks) {
            for (int r = 0; r < in.residents(); r++) {
                if (exact(r, week)) {
                    left[r] -= in.rotations[t.plan[r][week.block()]].clinicPerWeek();
                }
            }
        }
        for (Instance.Week week : weeks) {
            List<int[]> order = new ArrayList<>();        // {resident, sessions wanted, room, 0 exact / 1 not}
            for (int r = 0; r < in.residents(); r++) {
                int k = in.rotations[t.plan[r][week.block()]].clinicPerWeek();
                if (k == 0) {
                    continue;
                }
                int room = 0;
                for (int d = week.first(); d < week.end(); d++) {
                    room += clinicDay(r, d) ? 2 : 0;
                }
                boolean exact = exact(r, week);
                int want = exact ? k : Math.max(0, Math.min(Math.min(k, room), left[r]));
                if (want > 0) {
                    order.add(new int[] {r, want, room, exact ? 0 : 1});
                }
            }
            // least room to spare first, exact quotas before aims at equal room
            order.sort(Comparator.<int[]>comparingInt(c -> c[2] - c[1]).thenComparingInt(c -> c[3]));
            char[][] residents = snapshot(t.residentCode, week);
            char[][] faculty = snapshot(t.facultyCode, week);
            int[] failed = null;
            for (int attempt = 0; attempt < MAX_WEEK_TRIES; attempt++) {
                if (failed != null) {                      // again, the one that ran out of room first
                    restore(t.residentCode, residents, week);
                    restore(t.facultyCode, faculty, week);
                    order.remove(failed);
                    order.add(0, failed);
                }
                failed = week(week, order, left);
                if (failed == null) {
                    break;
                }
            }
            if (failed != null) {
                clinicProblem = "no room for the " + failed[1] + " clinic sessions of " + in.residentIds[failed[0]]
                        + " in the week of " + in.date(week.first());
                return false;
            }
        }
        topUp(weeks, left);
        return true;
    }

    /** What is left of an aim after the first pass goes to any week below its quota (at most, not exact). */
    private void topUp(List<Instance.Week> weeks, int[] left) {
        for (Instance.Week week : weeks) {
            int[] load = new int[in.faculty()];
            for (int f = 0; f < in.faculty(); f++) {
                for (int k = 2 * week.first(); k < 2 * week.end(); k++) {
                    load[f] += t.facultyCode[f][k] == 'P' ? 1 : 0;
                }
            }
            for (int r = 0; r < in.residents(); r++) {
                int quota = in.rotations[t.plan[r][week.block()]].clinicPerWeek();
                if (left[r] <= 0 || quota == 0 || exact(r, week)) {
                    continue;
                }
                int held = t.clinicSessions(r, week.first(), week.end());
                while (held < quota && left[r] > 0 && place(r, week, load)) {
                    held++;
                    left[r]--;
                }
                // still short: give back a weekday off the resident took by choice, where the windows allow
                for (int d = week.first(); d < week.end() && held < quota && left[r] > 0; d++) {
                    if (in.weekend[d] || !optional[r][d - d0] || residentWish[r][d] || t.residentCode[r][2 * d] != 'O') {
                        continue;
                    }
                    set(r, d, 'R', 'R');
                    if (DayCheck.residentWindows(in, t, r, d0, d1) == null && place(r, week, load)) {
                        held++;
                        left[r]--;
                    } else {
                        set(r, d, 'O', 'O');
                    }
                }
            }
        }
    }

    /** The week's sessions in this order; the entry whose exact quota found no room, or null. */
    private int[] week(Instance.Week week, List<int[]> order, int[] left) {
        int[] load = new int[in.faculty()];
        int[] placedOf = new int[in.residents()];
        for (int[] c : order) {
            int placed = 0;
            while (placed < c[1] && place(c[0], week, load)) {
                placed++;
            }
            if (c[3] == 0 && placed < c[1]) {
                return c;
            }
            placedOf[c[0]] = placed;
        }
        for (int[] c : order) {
            if (c[3] == 1) {
                left[c[0]] -= placedOf[c[0]];
            }
        }
        return null;
    }

    private char[][] snapshot(char[][] codes, Instance.Week week) {
        char[][] copy = new char[codes.length][];
        for (int p = 0; p < codes.length; p++) {
            copy[p] = java.util.Arrays.copyOfRange(codes[p], 2 * week.first(), 2 * week.end());
        }
        return copy;
    }

    private void restore(char[][] codes, char[][] copy, Instance.Week week) {
        for (int p = 0; p < codes.length; p++) {
            System.arraycopy(copy[p], 0, codes[p], 2 * week.first(), copy[p].length);
        }
    }

    /** A full week without absence, call or post-call day, on a rotation with clinic: exactly its quota. */
    private boolean exact(int r, Instance.Week week) {
        return week.full() && in.rotations[t.plan[r][week.block()]].clinicPerWeek() > 0 && !t.busy(r, week);
    }

    /** A weekday resident r works on their rotation (no call) and could spend at clinic. */
    private boolean clinicDay(int r, int d) {
        return !in.weekend[d] && !t.onCall(r, d) && t.residentCode[r][2 * d] != 'O'
                && t.residentCode[r][2 * d] != 'A';
    }

    /** One more clinic session for r in the week, at the best place the rules allow; false when none. */
    private boolean place(int r, Instance.Week week, int[] load) {
        int x = t.plan[r][week.block()];
        int weight = in.pgy[r] == 1 ? in.seniorPerFaculty : in.pgy1PerFaculty;
        int bestDay = -1;
        int bestSession = -1;
        long bestScore = Long.MAX_VALUE;
        for (int d = week.first(); d < week.end(); d++) {
            if (!clinicDay(r, d)) {
                continue;
            }
            boolean sameDay = t.residentCode[r][2 * d] == 'C' || t.residentCode[r][2 * d + 1] == 'C';
            for (int s = 0; s < 2; s++) {
                if (t.residentCode[r][2 * d + s] != 'R') {
                    continue;
                }
                int heads = clinicHeads(d, s);
                int spare = in.staffedOn(x, d) ? atR(x, d, s) - 1 - in.rotations[x].perSession() : 10;
                if (heads >= in.clinicCapacity || spare < 0) {
                    continue;
                }
                boolean needsPreceptor = t.supervisedUnits(d, s) + weight > t.supervisingUnits(d, s);
                if (needsPreceptor && preceptor(d, s, week, load) < 0) {
                    continue;
                }
                // a preceptor is scarce, then keep the service's spare residents, then spread over days and sessions
                long score = (needsPreceptor ? 1_000_000L : 0) + 10_000L * (10 - Math.min(10, spare))
                        + (sameDay ? 1_000L : 0) + 10L * heads;
                if (score < bestScore) {
                    bestScore = score;
                    bestDay = d;
                    bestSession = s;
                }
            }
        }
        if (bestDay < 0) {
            return false;
        }
        if (t.supervisedUnits(bestDay, bestSession) + weight > t.supervisingUnits(bestDay, bestSession)) {
            int f = preceptor(bestDay, bestSession, week, load);
            t.facultyCode[f][2 * bestDay + bestSession] = 'P';
            load[f]++;
        }
        t.residentCode[r][2 * bestDay + bestSession] = 'C';
        return true;
    }

    private int clinicHeads(int d, int s) {
        int heads = 0;
        for (int r = 0; r < in.residents(); r++) {
            heads += t.residentCode[r][2 * d + s] == 'C' ? 1 : 0;
        }
        return heads;
    }

    /**
     * A faculty member free to precept session s of day d within their weekly cap: without a day-off
     * request that day if possible, then the one with most weekly room; -1 when none.
     */
    private int preceptor(int d, int s, Instance.Week week, int[] load) {
        int best = -1;
        long bestKey = Long.MIN_VALUE;
        for (int f = 0; f < in.faculty(); f++) {
            if (t.facultyCode[f][2 * d + s] != 'O' || in.weekend[d] || load[f] >= in.preceptCap[f]) {
                continue;
            }
            boolean precepting = t.facultyCode[f][2 * d + 1 - s] == 'P';
            long key = (facultyWish[f][d] && !precepting ? 0 : 1_000_000L) + (precepting ? 1_000L : 0)
                    + in.preceptCap[f] - load[f];
            if (key > bestKey) {
                bestKey = key;
                best = f;
            }
        }
        return best;
    }
}
