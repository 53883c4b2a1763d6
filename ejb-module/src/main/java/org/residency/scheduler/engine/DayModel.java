package org.residency.scheduler.engine;

import com.google.ortools.sat.BoolVar;
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
 * The days of a range of the year (whole 7-day chunks of blocks): each resident's sessions (R, C or
 * off), each faculty member's precepting, and, when asked, the call rota of the range. Days before the
 * range are read from the timeline as constants, so every 28-day window that crosses into the range is
 * checked whole; days after it are constants too when already decided (repair) or, while a year is
 * being built block by block, get a proportional share of the free-day rule so the next block can
 * always complete its windows.
 */
final class DayModel {

    /** The house-keeping solve gets at least this long to check its starting point. */
    private static final Duration MIN_TIDY = Duration.ofMillis(300);

    private final Instance in;
    private final Timeline t;
    private final int d0;
    private final int d1;
    private final int n;
    private final boolean callsVariable;
    private final boolean futureKnown;
    private final int freezeDay;
    private final CpModel model = new CpModel();

    /** off[r][i]: resident r is off all day (OO) on day d0 + i; null when absent. */
    private final BoolVar[][] off;
    /** clinic[r][2i + s]: resident r at C in that session; null where clinic is impossible. */
    private final BoolVar[][] clinic;
    /** free[r][i]: the day counts as free for the day-off rule; null when absent. */
    private final BoolVar[][] free;
    /** Free days a window crossing into the next block has below its rounded-up share (soft). */
    private final LinearExprBuilder tailShortfall = LinearExpr.newBuilder();
    private long tailShortfallBound;
    /** precept[f][2i + s]: faculty f at P; null on weekends and absent days. */
    private final BoolVar[][] precept;
    /** call[r][i]: resident r on call the night of d0 + i (only when calls are variable). */
    private final BoolVar[][] call;

    DayModel(Instance in, Timeline t, int d0, int d1, boolean callsVariable, boolean futureKnown, int freezeDay) {
        this.in = in;
        this.t = t;
        this.d0 = d0;
        this.d1 = d1;
        this.n = d1 - d0;
        this.callsVariable = callsVariable;
        this.futureKnown = futureKnown;
        this.freezeDay = freezeDay;
        off = new BoolVar[in.residents()][n];
        clinic = new BoolVar[in.residents()][2 * n];
        free = new BoolVar[in.residents()][n];
        precept = new BoolVar[in.faculty()][2 * n];
        call = new BoolVar[in.residents()][n];
        long started = System.nanoTime();
        build();
        CpSolve.profile(String.format(java.util.Locale.ROOT, "days %s: model built in %.2f s", range(),
                (System.nanoTime() - started) / 1e9));
    }

    /**
     * A repair: as few changed assignments against {@code reference} as possible, at most {@code atMost}
     * (to ask whether a repair with fewer changes than a known one exists); the search stops when it
     * reaches {@code atLeast}, a bound proved by counting ({@link RepairBound}).
     */
    StageResult<Timeline> repair(Timeline reference, SolveOptions options, CpSolve.Budget limit, Cancellation cancel,
                                 LongConsumer onSolution, long atLeast, long atMost) {
        LinearExpr changes = repairObjective(reference);
        if (atMost < Long.MAX_VALUE) {
            model.addLessOrEqual(changes, atMost);
        }
        // a bound proved before the search (RepairBound): stop as soon as a repair reaches it
        CpSolve.Outcome outcome = CpSolve.solve("repair " + range(), model, limit, options,
                cancel, onSolution, false, atLeast);
        return result(outcome);
    }

    /**
     * The days of a year being built, in two solves of the same model. First the format's soft metrics
     * this range decides (refused day-off requests, distance of each resident's clinic sessions from
     * the {@link ClinicTargets} aim), whose best value 0 the solver knows, so it stops the moment a
     * schedule reaches it instead of running out its time. Then, with those kept, the house-keeping
     * goals: the rounded-up free-day share of windows crossing into the next range, and as few extra
     * days off as possible (nobody idle on a weekday), starting from the first answer, with as much
     * work as the first solve took (at most a quarter of the range's budget).
     *
     * @param targets clinic aims, or null when clinic spread is not a goal
     * @param quick   stop at the first valid answer (a cancelled run finishing its year, FIRST_VALID)
     */
    StageResult<Timeline> generate(ClinicTargets targets, SolveOptions options, CpSolve.Budget limit, Cancellation cancel,
                                   LongConsumer onSolution, boolean quick) {
        long started = System.nanoTime();
        List<LinearArgument> metrics = new ArrayList<>();
        List<Long> bounds = new ArrayList<>();
        for (SoftGoal goal : options.priorities()) {
            if (goal == SoftGoal.REQUESTS_GRANTED) {
                metrics.add(requestsRefused());
                bounds.add((long) in.requests.size());
            } else if (goal == SoftGoal.CLINIC_SPREAD && targets != null) {
                metrics.add(clinicMissedAim(targets));
                bounds.add(2L * n * in.residents());
            }
        }
        LinearExpr metricPart = lexicographic(metrics, bounds);
        model.minimize(metricPart);
        boolean firstOnly = quick || options.effort() == SolveOptions.Effort.FIRST_VALID;
        CpSolve.Outcome first = CpSolve.solve("days " + range() + " (metrics)", model, firstOnly ? limit
                : limit.part(3, 4), options, cancel, onSolution, firstOnly);
        if (!first.hasSolution() || firstOnly || cancel.isRequested()) {
            return result(first);
        }
        long metricValue = Math.round(first.solver().objectiveValue());
        model.clearObjective();
        model.addLessOrEqual(metricPart, metricValue);
        CpSolve.hintSolution(model, first.solver().response());
        model.minimize(lexicographic(List.of(tailShortfall.build(), offDays()),
                List.of(tailShortfallBound, (long) n * in.residents())));
        // At least as long as the first solve took: the same presolve must run before the first answer
        // (the complete hint) is back, and a block left without its free-day margins can sink the next.
        Duration firstTook = Duration.ofNanos(System.nanoTime() - started);
        Duration left = limit.wall().minus(firstTook);
        // Days off are house-keeping, no metric: as much work as the metrics took, within a quarter of the budget.
        Duration firstWork = Duration.ofMillis(Math.round(first.solver().response().getDeterministicTime()
                / CpSolve.WORK_PER_SECOND * 1000));
        Duration quarter = limit.part(1, 4).nominal();
        CpSolve.Budget tidy = new CpSolve.Budget(max(left, max(firstTook, MIN_TIDY)),
                firstWork.compareTo(quarter) < 0 ? max(firstWork, MIN_TIDY) : quarter);
        CpSolve.Outcome second = CpSolve.solve("days " + range() + " (days off)", model, tidy, options, cancel,
                onSolution, false);
        if (!second.hasSolution()) {                    // out of time before the hint was even checked
            return new StageResult<>(first, decode(first));
        }
        return new StageResult<>(new CpSolve.Outcome(second.solver(),
                first.optimal() ? first.status() : second.status()), decode(second));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private StageResult<Timeline> result(CpSolve.Outcome outcome) {
        return outcome.hasSolution() ? new StageResult<>(outcome, decode(outcome)) : new StageResult<>(outcome, null);
    }

    private String range() {
        return in.date(d0) + ".." + in.date(d1 - 1);
    }

    // ------------------------------------------------------------------ variables and rules

    private void build() {
        for (int r = 0; r < in.residents(); r++) {
            for (int i = 0; i < n; i++) {
                residentDay(r, i);
            }
        }
        for (int f = 0; f < in.faculty(); f++) {
            for (int i = 0; i < n; i++) {
                int d = d0 + i;
                for (int s = 0; s < 2; s++) {
                    if (!in.weekend[d] && !in.facultyAbsent[f][d]) {
                        precept[f][2 * i + s] = model.newBoolVar("p");
                        if (d < freezeDay) {
                            model.addEquality(precept[f][2 * i + s], t.facultyCode[f][2 * d + s] == 'P' ? 1 : 0);
                        }
                    }
                }
            }
        }
        if (callsVariable) {
            callRules();
        }
        for (int r = 0; r < in.residents(); r++) {
            for (int i = 0; i < n; i++) {
                callDayAndPostCall(r, i);
            }
        }
        for (int i = 0; i < n; i++) {
            staffing(d0 + i);
            clinicSessionLimits(d0 + i);
        }
        for (Instance.Week week : in.weeks) {
            if (week.first() >= d0 && week.end() <= d1) {
                clinicWeeks(week);
                preceptWeeks(week);
            }
        }
        for (int r = 0; r < in.residents(); r++) {
            windows(r);
        }
        facultyHoursWhereNotImplied();
    }

    private void residentDay(int r, int i) {
        int d = d0 + i;
        if (in.residentAbsent[r][d]) {
            return;
        }
        Instance.Rotation rot = in.rotations[t.plan[r][in.blockOf(d)]];
        off[r][i] = model.newBoolVar("off");
        free[r][i] = model.newBoolVar("free");
        model.addImplication(free[r][i], off[r][i]);
        if (in.weekend[d] && !rot.worksWeekends()) {
            model.addEquality(off[r][i], 1);            // weekend rule: O on a weekday-only rotation
        }
        if (!in.weekend[d] && rot.clinicPerWeek() > 0) {
            for (int s = 0; s < 2; s++) {
                clinic[r][2 * i + s] = model.newBoolVar("c");
                model.addImplication(off[r][i], clinic[r][2 * i + s].not());
            }
        }
        if (d < freezeDay) {                             // kept exactly as it was
            model.addEquality(off[r][i], t.residentCode[r][2 * d] == 'O' ? 1 : 0);
            for (int s = 0; s < 2; s++) {
                if (clinic[r][2 * i + s] != null) {
                    model.addEquality(clinic[r][2 * i + s], t.residentCode[r][2 * d + s] == 'C' ? 1 : 0);
                }
            }
        }
    }

    /** Coverage and q3 spacing of the range's nights; nights outside are constants. */
    private void callRules() {
        for (int i = 0; i < n; i++) {
            int d = d0 + i;
            List<Literal> callers = new ArrayList<>();
            for (int r = 0; r < in.residents(); r++) {
                if (in.canCall(t.plan, r, d)) {
                    call[r][i] = model.newBoolVar("call");
                    callers.add(call[r][i]);
                    if (d < freezeDay) {
                        model.addEquality(call[r][i], t.rota[d] == r ? 1 : 0);
                    }
                }
            }
            model.addExactlyOne(callers);
        }
        for (int r = 0; r < in.residents(); r++) {
            for (int first = d0 - Instance.CALL_GAP + 1; first < d1; first++) {
                LinearExprBuilder close = LinearExpr.newBuilder();
                for (int night = first; night < first + Instance.CALL_GAP; night++) {
                    addCall(close, r, night, 1);
                }
                model.addLessOrEqual(close, 1);
            }
        }
    }

    /** A call day is worked in both sessions (RR); the day after is OO and not free. */
    private void callDayAndPostCall(int r, int i) {
        int d = d0 + i;
        if (off[r][i] == null) {
            return;
        }
        LinearExprBuilder onCallTonight = LinearExpr.newBuilder();
        addCall(onCallTonight, r, d, 1);
        LinearExprBuilder busy = LinearExpr.newBuilder();      // off + clinic sessions + call <= 1
        busy.add(off[r][i]);
        for (int s = 0; s < 2; s++) {
            if (clinic[r][2 * i + s] != null) {
                LinearExprBuilder pair = LinearExpr.newBuilder();
                pair.add(clinic[r][2 * i + s]);
                addCall(pair, r, d, 1);
                model.addLessOrEqual(pair, 1);
            }
        }
        addCall(busy, r, d, 1);
        model.addLessOrEqual(busy, 1);
        LinearExprBuilder postCall = LinearExpr.newBuilder();  // call last night -> off today, not free
        addCall(postCall, r, d - 1, 1);
        postCall.addTerm(off[r][i], -1);
        model.addLessOrEqual(postCall, 0);
        LinearExprBuilder notFree = LinearExpr.newBuilder();
        notFree.add(free[r][i]);
        addCall(notFree, r, d - 1, 1);
        model.addLessOrEqual(notFree, 1);
    }

    /** Every staffed session keeps minPerSession residents of the rotation at R. */
    private void staffing(int d) {
        int b = in.blockOf(d);
        int i = d - d0;
        for (int x = 0; x < in.rotations.length; x++) {
            if (!in.staffedOn(x, d)) {
                continue;
            }
            for (int s = 0; s < 2; s++) {
                LinearExprBuilder away = LinearExpr.newBuilder();
                int present = 0;
                for (int r = 0; r < in.residents(); r++) {
                    if (t.plan[r][b] != x || off[r][i] == null) {
                        continue;
                    }
                    present++;
                    away.add(off[r][i]);
                    if (clinic[r][2 * i + s] != null) {
                        away.add(clinic[r][2 * i + s]);
                    }
                }
                model.addLessOrEqual(away, present - in.rotations[x].perSession());
            }
        }
    }

    /** Clinic capacity and faculty supervision, per session. */
    private void clinicSessionLimits(int d) {
        if (in.weekend[d]) {
            return;
        }
        int i = d - d0;
        int units = in.pgy1PerFaculty * in.seniorPerFaculty;
        for (int s = 0; s < 2; s++) {
            LinearExprBuilder heads = LinearExpr.newBuilder();
            LinearExprBuilder supervision = LinearExpr.newBuilder();
            boolean any = false;
            for (int r = 0; r < in.residents(); r++) {
                BoolVar c = clinic[r][2 * i + s];
                if (c != null) {
                    any = true;
                    heads.add(c);
                    supervision.addTerm(c, in.pgy[r] == 1 ? in.seniorPerFaculty : in.pgy1PerFaculty);
                }
            }
            if (!any) {
                continue;
            }
            model.addLessOrEqual(heads, in.clinicCapacity);
            for (int f = 0; f < in.faculty(); f++) {
                if (precept[f][2 * i + s] != null) {
                    supervision.addTerm(precept[f][2 * i + s], -units);
                }
            }
            model.addLessOrEqual(supervision, 0);
        }
    }

    /**
     * At most clinicPerWeek C sessions a week, and exactly that many in a full week without absence,
     * call or post-call day (a call on the night before the week makes its first day post-call).
     */
    private void clinicWeeks(Instance.Week week) {
        for (int r = 0; r < in.residents(); r++) {
            int k = in.rotations[t.plan[r][week.block()]].clinicPerWeek();
            LinearExprBuilder sessions = LinearExpr.newBuilder();
            boolean absent = false;
            for (int d = week.first(); d < week.end(); d++) {
                absent |= in.residentAbsent[r][d];
                for (int s = 0; s < 2; s++) {
                    BoolVar c = clinic[r][2 * (d - d0) + s];
                    if (c != null) {
                        sessions.add(c);
                    }
                }
            }
            model.addLessOrEqual(sessions, k);
            if (week.full() && !absent && k > 0) {
                for (int night = week.first() - 1; night < week.end(); night++) {
                    addCall(sessions, r, night, k);
                }
                model.addGreaterOrEqual(sessions, k);
            }
        }
    }

    private void preceptWeeks(Instance.Week week) {
        for (int f = 0; f < in.faculty(); f++) {
            LinearExprBuilder sessions = LinearExpr.newBuilder();
            for (int k = 2 * (week.first() - d0); k < 2 * (week.end() - d0); k++) {
                if (precept[f][k] != null) {
                    sessions.add(precept[f][k]);
                }
            }
            model.addLessOrEqual(sessions, in.preceptCap[f]);
        }
    }

    /** 80 hours and 4 free days in every 28-day window that touches the range. */
    private void windows(int r) {
        int lastStart = Math.min(in.days - Instance.WINDOW, d1 - 1);
        for (int s = Math.max(0, d0 - Instance.WINDOW + 1); s <= lastStart; s++) {
            int end = s + Instance.WINDOW;
            boolean whole = end <= d1 || futureKnown;
            int to = whole ? end : d1;
            LinearExprBuilder hours = LinearExpr.newBuilder();
            LinearExprBuilder freeDays = LinearExpr.newBuilder();
            for (int d = s; d < to; d++) {
                addHours(hours, r, d);
                addFree(freeDays, r, d);
            }
            model.addLessOrEqual(hours, Instance.MAX_WINDOW_HOURS);
            long needFree = whole ? Instance.MIN_FREE_DAYS : (long) Instance.MIN_FREE_DAYS * (to - s) / Instance.WINDOW;
            model.addGreaterOrEqual(freeDays, needFree);
            long healthy = whole ? needFree : ceilDiv((long) Instance.MIN_FREE_DAYS * (to - s), Instance.WINDOW);
            if (healthy > needFree) {                    // rather the rounded-up share: the next block starts freer
                IntVar shortfall = model.newIntVar(0, healthy - needFree, "tailShort");
                freeDays.add(shortfall);
                model.addGreaterOrEqual(freeDays, healthy);
                tailShortfall.add(shortfall);
                tailShortfallBound += healthy - needFree;
            }
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Faculty precepting counts toward the hours too; only modelled when the weekly caps allow more. */
    private void facultyHoursWhereNotImplied() {
        for (int f = 0; f < in.faculty(); f++) {
            long most = Math.min(2L * Instance.WINDOW, 5L * in.preceptCap[f]) * in.halfDayHours;
            if (most <= Instance.MAX_WINDOW_HOURS) {
                continue;
            }
            for (int s = Math.max(0, d0 - Instance.WINDOW + 1); s + Instance.WINDOW <= in.days && s < d1; s++) {
                LinearExprBuilder hours = LinearExpr.newBuilder();
                for (int d = s; d < s + Instance.WINDOW; d++) {
                    for (int sess = 0; sess < 2; sess++) {
                        if (d >= d0 && d < d1) {
                            if (precept[f][2 * (d - d0) + sess] != null) {
                                hours.addTerm(precept[f][2 * (d - d0) + sess], in.halfDayHours);
                            }
                        } else if (t.facultyCode[f][2 * d + sess] == 'P') {
                            hours.add(in.halfDayHours);
                        }
                    }
                }
                model.addLessOrEqual(hours, Instance.MAX_WINDOW_HOURS);
            }
        }
    }

    // ------------------------------------------------------------------ terms inside and outside the range

    private boolean inRange(int d) {
        return d >= d0 && d < d1;
    }

    private void addCall(LinearExprBuilder sum, int r, int night, long coef) {
        if (night < 0 || night >= in.days) {
            return;
        }
        if (callsVariable && inRange(night)) {
            if (call[r][night - d0] != null) {
                sum.addTerm(call[r][night - d0], coef);
            }
        } else if (t.rota[night] == r) {
            sum.add(coef);
        }
    }

    private void addHours(LinearExprBuilder sum, int r, int d) {
        if (!inRange(d)) {
            sum.add(t.hours(r, d));
            return;
        }
        if (off[r][d - d0] == null) {
            return;                                     // absent: no hours
        }
        sum.add(2 * in.halfDayHours);
        sum.addTerm(off[r][d - d0], -2 * in.halfDayHours);
        addCall(sum, r, d, in.callNightHours);
    }

    private void addFree(LinearExprBuilder sum, int r, int d) {
        if (!inRange(d)) {
            sum.add(t.free(r, d) ? 1 : 0);
        } else if (free[r][d - d0] != null) {
            sum.add(free[r][d - d0]);
        } else {                                        // absent: free unless post-call
            sum.add(1);
            addCall(sum, r, d - 1, -1);
        }
    }

    // ------------------------------------------------------------------ objectives

    private LinearExpr offDays() {
        LinearExprBuilder offDays = LinearExpr.newBuilder();
        for (int r = 0; r < in.residents(); r++) {
            for (int i = 0; i < n; i++) {
                if (off[r][i] != null) {
                    offDays.add(off[r][i]);
                }
            }
        }
        return offDays.build();
    }

    private LinearExpr requestsRefused() {
        LinearExprBuilder refused = LinearExpr.newBuilder();
        for (Instance.Request q : in.requests) {
            if (!inRange(q.day())) {
                continue;
            }
            int i = q.day() - d0;
            refused.add(1);
            if (q.resident()) {
                LinearExprBuilder freeDay = LinearExpr.newBuilder();
                addFree(freeDay, q.person(), q.day());
                refused.addTerm(freeDay.build(), -1);
            } else if (!in.facultyAbsent[q.person()][q.day()] && !in.weekend[q.day()]) {
                BoolVar granted = model.newBoolVar("granted");
                for (int s = 0; s < 2; s++) {
                    model.addImplication(granted, precept[q.person()][2 * i + s].not());
                }
                refused.addTerm(granted, -1);
            } else {
                refused.add(-1);                           // absent or weekend: always free
            }
        }
        return refused.build();
    }

    /** How far each resident's clinic sessions in the range are from the aim, summed. */
    private LinearExpr clinicMissedAim(ClinicTargets targets) {
        LinearExprBuilder missed = LinearExpr.newBuilder();
        for (int r = 0; r < in.residents(); r++) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            int most = 0;
            for (BoolVar c : clinic[r]) {
                if (c != null) {
                    count.add(c);
                    most++;
                }
            }
            int aim = targets.aim(r, d0, d1, t);
            IntVar distance = model.newIntVar(0, Math.max(aim, most), "clinicOff");
            model.addAbsEquality(distance, LinearExpr.newBuilder().add(count.build()).add(-aim).build());
            missed.add(distance);
        }
        return missed.build();
    }

    /** Changed assignments against the schedule being repaired: days (per person) and call nights. */
    private LinearExpr repairObjective(Timeline reference) {
        LinearExprBuilder changes = LinearExpr.newBuilder();
        for (int i = 0; i < n; i++) {
            int d = d0 + i;
            for (int r = 0; r < in.residents(); r++) {
                residentChange(changes, reference, r, i);
            }
            for (int f = 0; f < in.faculty(); f++) {
                facultyChange(changes, reference, f, i);
            }
            if (callsVariable) {
                int holder = reference.rota[d];
                BoolVar kept = holder < 0 ? null : call[holder][i];
                if (kept == null) {
                    changes.add(1);
                } else {
                    changes.add(1);
                    changes.addTerm(kept, -1);
                    model.addHint(kept, 1);
                }
            }
        }
        LinearExpr total = changes.build();
        model.minimize(total);
        return total;
    }

    private void residentChange(LinearExprBuilder changes, Timeline reference, int r, int i) {
        int d = d0 + i;
        char am = reference.residentCode[r][2 * d];
        char pm = reference.residentCode[r][2 * d + 1];
        if (off[r][i] == null) {                              // absent now: a change unless it was AA
            changes.add(am == 'A' && pm == 'A' ? 0 : 1);
            return;
        }
        if (am == 'A' || pm == 'A') {
            changes.add(1);
            return;
        }
        BoolVar changed = model.newBoolVar("changed");
        boolean wasOff = am == 'O' && pm == 'O';
        mismatch(changed, off[r][i], wasOff);
        model.addHint(off[r][i], wasOff ? 1 : 0);
        for (int s = 0; s < 2; s++) {
            char was = s == 0 ? am : pm;
            BoolVar c = clinic[r][2 * i + s];
            if (c != null) {
                mismatch(changed, c, was == 'C');
                model.addHint(c, was == 'C' ? 1 : 0);
            } else if (was == 'C') {
                model.addEquality(changed, 1);
            }
        }
        if (!wasOff && (am == 'O' || pm == 'O')) {            // half-days off are not modelled
            model.addEquality(changed, 1);
        }
        changes.add(changed);
    }

    private void facultyChange(LinearExprBuilder changes, Timeline reference, int f, int i) {
        int d = d0 + i;
        boolean absentNow = in.facultyAbsent[f][d];
        BoolVar changed = model.newBoolVar("changed");
        for (int s = 0; s < 2; s++) {
            char was = reference.facultyCode[f][2 * d + s];
            BoolVar p = precept[f][2 * i + s];
            if (p != null) {
                mismatch(changed, p, was == 'P');
                model.addHint(p, was == 'P' ? 1 : 0);
            } else if (was != (absentNow ? 'A' : 'O')) {
                model.addEquality(changed, 1);
            }
        }
        changes.add(changed);
    }

    /** changed >= (value != was). */
    private void mismatch(BoolVar changed, BoolVar value, boolean was) {
        model.addImplication(was ? value.not() : value, changed);
    }

    /** One expression ordering the terms lexicographically, each term's weight above the next one's range. */
    private static LinearExpr lexicographic(List<LinearArgument> terms, List<Long> bounds) {
        long weight = 1;
        long[] weights = new long[terms.size()];
        for (int k = terms.size() - 1; k >= 0; k--) {
            weights[k] = weight;
            weight = Math.multiplyExact(weight, bounds.get(k) + 1);
        }
        return LinearExpr.weightedSum(terms.toArray(new LinearArgument[0]), weights);
    }

    // ------------------------------------------------------------------ reading the answer

    private Timeline decode(CpSolve.Outcome outcome) {
        Timeline result = t.copy();
        var solver = outcome.solver();
        for (int i = 0; i < n; i++) {
            int d = d0 + i;
            for (int r = 0; r < in.residents(); r++) {
                for (int s = 0; s < 2; s++) {
                    char code;
                    if (off[r][i] == null) {
                        code = 'A';
                    } else if (solver.booleanValue(off[r][i])) {
                        code = 'O';
                    } else {
                        BoolVar c = clinic[r][2 * i + s];
                        code = c != null && solver.booleanValue(c) ? 'C' : 'R';
                    }
                    result.residentCode[r][2 * d + s] = code;
                }
                if (callsVariable && call[r][i] != null && solver.booleanValue(call[r][i])) {
                    result.rota[d] = r;
                }
            }
            for (int f = 0; f < in.faculty(); f++) {
                for (int s = 0; s < 2; s++) {
                    BoolVar p = precept[f][2 * i + s];
                    result.facultyCode[f][2 * d + s] = in.facultyAbsent[f][d] ? 'A'
                            : p != null && solver.booleanValue(p) ? 'P' : 'O';
                }
            }
        }
        return result;
    }
}
