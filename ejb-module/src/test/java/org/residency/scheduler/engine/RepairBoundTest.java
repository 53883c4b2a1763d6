package org.residency.scheduler.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.program.control.ProgramDocuments.appended;
import static org.residency.scheduler.program.control.ProgramDocuments.withAbsences;

/**
 * The counted repair bound against the truth: for week-long absences of call-pool residents on the
 * small example's year (two blocks), CP-SAT finds the fewest changes over the whole rest of the year (no window, no
 * bound given), and the counted bound must never exceed it, or a repair would be called minimal that is
 * not. The patched repair, when there is one, must be valid and can be no better than that optimum.
 */
class RepairBoundTest {

    private static ProgramDocument program;
    private static ScheduleDocument year;

    @BeforeAll
    static void generateTheYear() {
        program = EngineFixtures.example("small");
        // repeatable: the same year, so the same absences, on every run
        year = EngineFixtures.solved(new ScheduleEngine().generate(program, EngineFixtures.options(20)
                .withDeterministic(true), ProgressListener.NONE, Cancellation.none())).schedule();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 10, 17, 24, 31, 38})
    void theCountedBoundNeverExceedsTheFewestChangesOfTheRestOfTheYear(int fromDay) {
        Instance before = new Instance(program);
        int first = firstMondayFrom(before, fromDay);
        String who = callHolderBetween(before, first, first + 7);
        ProgramDocument changed = withAbsences(program, appended(program.absences(), new ProgramDocument.Absence(
                who, before.date(first), before.date(first + 6), "SICK")));
        Instance in = new Instance(changed);
        Timeline reference = Timeline.of(in, year);
        int r = in.residentIndex(who);

        int bound = RepairBound.of(in, reference, first, r, null);
        CpSolve.loadNatives();
        StageResult<Timeline> fewest = new DayModel(in, reference, in.weeks.get(in.weekOf[first]).first(), in.days,
                true, true, first).repair(reference, EngineFixtures.options(60),
                new CpSolve.Budget(Duration.ofSeconds(60), Duration.ofSeconds(60)), Cancellation.none(), c -> {
                }, 0, Long.MAX_VALUE);
        Timeline patched = QuickRepair.build(in, reference, first, r, null);
        boolean patchedValid = patched != null && new ScheduleValidator().validate(changed, patched.toDocument()).ok();
        if (fewest.outcome().infeasible()) {                // no repair at all: nothing may pass as one
            assertFalse(patchedValid, "a valid patched repair where CP-SAT proves none exists");
            return;
        }
        assertTrue(fewest.outcome().optimal(), () -> "the rest of the year solved to optimality: " + fewest.outcome());
        int optimum = Repair.changes(in, reference, fewest.value()).size();
        assertTrue(bound <= optimum, () -> who + " away from " + in.date(first) + ": counted bound " + bound
                + " above the proven fewest " + optimum);
        assertTrue(bound >= forcedChanges(in, reference, r, first), "the bound counts at least the forced changes");

        if (patched != null) {
            assertTrue(patchedValid, "the patched year is valid");
            assertTrue(Repair.changes(in, reference, patched).size() >= optimum, "nothing beats the optimum");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 28})
    void aWeekAwayIsRepairedWithTheFewestChangesProved(int fromDay) {
        Instance before = new Instance(program);
        int first = firstMondayFrom(before, fromDay);
        String who = callHolderBetween(before, first, first + 7);
        ProgramDocument.Absence week = new ProgramDocument.Absence(who, before.date(first), before.date(first + 6), "SICK");
        EngineResult.Solved solved = EngineFixtures.solved(new ScheduleEngine().repair(program, year,
                RepairRequest.absence(week, java.time.LocalDate.parse(before.date(first))), EngineFixtures.options(20),
                ProgressListener.NONE, Cancellation.none()));
        MetricBound fewest = solved.bounds().get(EngineResult.CHANGED_ASSIGNMENTS);
        assertTrue(fewest.optimal(), () -> "proved fewest: " + fewest);
        assertEquals(solved.changes().size(), (int) fewest.value());
        assertTrue(new ScheduleValidator().validate(solved.program(), solved.schedule()).ok());
    }

    private static int firstMondayFrom(Instance in, int day) {
        int d = day;
        while (in.start.plusDays(d).getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            d++;
        }
        assertTrue(d + 7 <= in.days, "the week lies inside the year");
        return d;
    }

    /** Someone holding call in [d0, d1): their absence moves a call night. */
    private static String callHolderBetween(Instance in, int d0, int d1) {
        List<String> call = year.call();
        for (int d = d0 + 1; d < d1; d++) {
            String holder = call.get(d);
            boolean absentThen = program.absences().stream().anyMatch(a -> a.person().equals(holder)
                    && !(in.dayOf(a.end()) < d0 || in.dayOf(a.start()) >= d1));
            if (holder != null && !absentThen) {
                return holder;
            }
        }
        throw new AssertionError("nobody holds call in the week from " + in.date(d0));
    }

    private static int forcedChanges(Instance in, Timeline reference, int r, int first) {
        int forced = 0;
        for (int d = first; d < first + 7; d++) {
            forced += reference.residentDay(r, d).equals("AA") ? 0 : 1;
            forced += reference.rota[d] == r ? 1 : 0;
        }
        return forced;
    }
}
