package org.residency.scheduler.engine;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import static org.residency.scheduler.program.control.ProgramDocuments.appended;
import static org.residency.scheduler.program.control.ProgramDocuments.withAbsences;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimum-change repair: the block plan and every day before the freeze date stay; the days and call
 * nights around the new absence are re-solved with the number of changed assignments as the objective,
 * in a window that widens (two weeks, six weeks, the rest of the year) until a repair exists. A
 * repair is proved to change the fewest assignments when it reaches the counted {@link RepairBound}, or
 * when the rest of the year has no repair with fewer changes.
 */
final class Repair {

    private static final int[] MARGINS_IN_DAYS = {14, 42, Integer.MAX_VALUE};

    private final ProgramDocument program;
    private final ScheduleDocument current;
    private final RepairRequest request;
    private final SolveOptions options;
    private final Clock clock;
    private final Cancellation cancellation;
    private final ScheduleEngine engine;
    /** The repair {@link QuickRepair} patched, when valid: the answer if the search finds nothing better in time. */
    private Timeline quick;
    /** Its changed assignments (Integer.MAX_VALUE without one). */
    private int quickCount = Integer.MAX_VALUE;

    Repair(ProgramDocument program, ScheduleDocument current, RepairRequest request, SolveOptions options,
           Clock clock, Cancellation cancellation, ScheduleEngine engine) {
        this.program = program;
        this.current = current;
        this.request = request;
        this.options = options;
        this.clock = clock;
        this.cancellation = cancellation;
        this.engine = engine;
    }

    EngineResult run() {
        ProgramDocument changed = withRequest();
        Instance in = new Instance(changed);
        Timeline reference = Timeline.of(in, current);
        int freeze = clamp(in.dayOf(request.freezeBefore().toString()), 0, in.days);
        if (request.newAbsence().isPresent()) {          // an absence is a fact: its own days change even if frozen
            freeze = Math.min(freeze, Math.max(0, in.dayOf(request.absence().start())));
        }
        int[] affected = affectedDays(in, freeze);
        if (affected == null) {
            return engine.checked(changed, current, true, false, List.of(), clock);
        }
        Integer resident = in.residentIndex(person());
        Integer faculty = in.facultyIndex(person());
        int bound = RepairBound.of(in, reference, freeze, resident, faculty);
        CpSolve.profile("repair: no repair changes fewer than " + bound + " assignments (counted)");
        quick = quickRepair(changed, in, reference, freeze, resident, faculty);
        quickCount = quick == null ? Integer.MAX_VALUE : changes(in, reference, quick).size();
        if (quickCount <= bound) {
            return withoutSearch(changed, in, reference, quick, bound, false);
        }
        CpSolve.loadNatives();                           // only a search needs OR-Tools
        for (int k = 0; k < MARGINS_IN_DAYS.length; k++) {
            int margin = MARGINS_IN_DAYS[k];
            int from = weekStart(in, Math.max(freeze, (int) Math.max(0L, (long) affected[0] - margin)));
            int to = weekEnd(in, (int) Math.min(in.days - 1L, (long) affected[1] + margin));
            String stage = "repairing " + in.date(Math.max(from, freeze)) + " to " + in.date(to - 1);
            int percent = 10 + 30 * k;
            clock.report(stage, percent, null);
            CpSolve.Budget limit = k == MARGINS_IN_DAYS.length - 1 ? clock.budget(1.0, 1.0, Duration.ofSeconds(1))
                    : clock.budget(0.6, 0.4, Duration.ofSeconds(1));
            StageResult<Timeline> result = new DayModel(in, reference, from, to, true, true, freeze)
                    .repair(reference, options, limit, cancellation, best -> clock.report(stage, percent + 5, best),
                            bound, Long.MAX_VALUE);
            if (result.solved()) {
                return proved(changed, in, reference, freeze, bound, result, k == MARGINS_IN_DAYS.length - 1);
            }
            if (cancellation.isRequested()) {
                return quick != null ? withoutSearch(changed, in, reference, quick, bound, true)
                        : ScheduleEngine.stopped(cancellation, "cancelled", clock);
            }
            boolean widest = k == MARGINS_IN_DAYS.length - 1;
            if (!result.outcome().infeasible() && (widest || clock.remaining().isZero())) {
                return quick != null ? withoutSearch(changed, in, reference, quick, bound, false)
                        : new EngineResult.Stopped("no repair found in the time limit", clock.elapsed());
            }
        }
        // Only reached when the widest window (the rest of the year) was proved infeasible.
        return new EngineResult.Infeasible(List.of(new Reason("absence", null, List.of(person()),
                "No schedule absorbs this absence while keeping the block plan and every day before "
                        + request.freezeBefore() + "; the remaining residents cannot cover the call nights "
                        + "and staffed sessions of those days within the duty-hour rules.")), clock.elapsed());
    }

    /**
     * The repair found in a window, with how few changes are proven: the fewest within the window is
     * the fewest over the whole year when it reaches the counted bound or when the window was already
     * the rest of the year. Otherwise, with time left, the rest of the year is asked for a repair with
     * fewer changes: none proves the window's repair minimal, one replaces it.
     */
    private EngineResult proved(ProgramDocument changed, Instance in, Timeline reference, int freeze, int bound,
                                StageResult<Timeline> found, boolean widest) {
        Timeline best = found.value();
        int count = changes(in, reference, best).size();
        if (quickCount < count) {                        // the search ran out of time above the patched repair
            best = quick;
            count = quickCount;
        }
        boolean minimal = count <= bound || found.outcome().optimal() && widest;
        if (!minimal && found.outcome().optimal() && !cancellation.isRequested()
                && options.effort() == SolveOptions.Effort.OPTIMISE && clock.remaining().toMillis() > 0) {
            clock.report("proving no repair changes fewer", 80, (long) count);
            int from = weekStart(in, freeze);
            StageResult<Timeline> fewer = new DayModel(in, reference, from, in.days, true, true, freeze)
                    .repair(reference, options, clock.budget(1.0, 0.5, Duration.ofSeconds(1)), cancellation,
                            c -> clock.report("proving no repair changes fewer", 85, c), bound, count - 1L);
            if (fewer.solved()) {
                best = fewer.value();
                count = changes(in, reference, best).size();
                minimal = fewer.outcome().optimal();
            } else {
                minimal = fewer.outcome().infeasible();
            }
        }
        MetricBound changes = new MetricBound(count, minimal ? count : bound, minimal);
        return engine.checked(changed, best.toDocument(), minimal, cancellation.isRequested(),
                changes(in, reference, best), clock, changes);
    }

    /** {@link QuickRepair}'s patched year when the validator accepts it, else null. */
    private Timeline quickRepair(ProgramDocument changed, Instance in, Timeline reference, int freeze,
                                 Integer resident, Integer faculty) {
        long started = System.nanoTime();
        Timeline patched = QuickRepair.build(in, reference, freeze, resident, faculty);
        boolean valid = patched != null && engine.valid(changed, patched.toDocument());
        CpSolve.profile(String.format(java.util.Locale.ROOT, "repair: patched without search in %.3f s, %s",
                (System.nanoTime() - started) / 1e9, patched == null ? "some day could not be patched"
                        : valid ? changes(in, reference, patched).size() + " changes" : "not valid"));
        return valid ? patched : null;
    }

    /** A repair found without the search finishing: minimal when it reaches the counted bound. */
    private EngineResult withoutSearch(ProgramDocument changed, Instance in, Timeline reference, Timeline repaired,
                                       int bound, boolean cancelled) {
        List<Change> list = changes(in, reference, repaired);
        boolean minimal = list.size() <= bound;
        return engine.checked(changed, repaired.toDocument(), minimal, cancelled, list, clock,
                new MetricBound(list.size(), minimal ? list.size() : bound, minimal));
    }

    private String person() {
        return request.newAbsence().map(ProgramDocument.Absence::person).orElse(request.removedPerson());
    }

    /** The program with the new absence added (a removal is an absence from the freeze date to the end). */
    private ProgramDocument withRequest() {
        ProgramDocument.Absence added = request.newAbsence().orElseGet(() -> {
            Instance in = new Instance(program);
            String first = request.freezeBefore().isBefore(in.start) ? in.start.toString() : request.freezeBefore().toString();
            return new ProgramDocument.Absence(request.removedPerson(), first, in.date(in.days - 1), "REMOVED");
        });
        return withAbsences(program, appended(program.absences(), added));
    }

    /** First and last day of the new absence inside the changeable part of the year, or null if none. */
    private int[] affectedDays(Instance in, int freeze) {
        ProgramDocument.Absence a = request.newAbsence().orElse(null);
        int first = a == null ? freeze : in.dayOf(a.start());
        int last = a == null ? in.days - 1 : in.dayOf(a.end());
        first = Math.max(first, freeze);
        last = Math.min(last, in.days - 1);
        return first > last ? null : new int[] {first, last};
    }

    private static int weekStart(Instance in, int day) {
        return in.weeks.get(in.weekOf[clamp(day, 0, in.days - 1)]).first();
    }

    private static int weekEnd(Instance in, int day) {
        return in.weeks.get(in.weekOf[clamp(day, 0, in.days - 1)]).end();
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Every day and call night that differs between the two timelines. */
    static List<Change> changes(Instance in, Timeline before, Timeline after) {
        List<Change> changes = new ArrayList<>();
        for (int d = 0; d < in.days; d++) {
            for (int r = 0; r < in.residents(); r++) {
                String was = before.residentDay(r, d);
                String now = after.residentDay(r, d);
                if (!was.equals(now)) {
                    changes.add(new Change(Change.Kind.DAY, in.residentIds[r], in.date(d), was, now));
                }
            }
            for (int f = 0; f < in.faculty(); f++) {
                String was = before.facultyDay(f, d);
                String now = after.facultyDay(f, d);
                if (!was.equals(now)) {
                    changes.add(new Change(Change.Kind.DAY, in.facultyIds[f], in.date(d), was, now));
                }
            }
            if (before.rota[d] != after.rota[d]) {
                String was = before.rota[d] < 0 ? null : in.residentIds[before.rota[d]];
                String now = after.rota[d] < 0 ? null : in.residentIds[after.rota[d]];
                changes.add(new Change(Change.Kind.CALL, now != null ? now : was, in.date(d), was, now));
            }
        }
        return changes;
    }
}
