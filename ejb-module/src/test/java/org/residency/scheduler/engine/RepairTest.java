package org.residency.scheduler.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Minimum-change repair on the small example's year. */
class RepairTest {

    private static final ScheduleEngine ENGINE = new ScheduleEngine();
    private static ProgramDocument program;
    private static ScheduleDocument year;

    @BeforeAll
    static void generateTheYear() {
        program = EngineFixtures.example("small");
        year = EngineFixtures.solved(ENGINE.generate(program, EngineFixtures.options(20), ProgressListener.NONE,
                Cancellation.none())).schedule();
    }

    @Test
    void anAbsenceTheScheduleAlreadyHasChangesNothing() {
        ProgramDocument.Absence known = program.absences().get(0);
        EngineResult.Solved solved = repair(RepairRequest.absence(known, LocalDate.parse(program.start())));
        assertEquals(List.of(), solved.changes());
        assertEquals(year, solved.schedule());
    }

    @Test
    void aWeekAwayOfACallPoolResidentIsAbsorbedAfterTheFreezeDate() {
        String resident = callPoolResidentOfBlock(1);
        LocalDate start = LocalDate.parse(program.start());
        LocalDate firstDay = start.plusDays(35);
        ProgramDocument.Absence week = new ProgramDocument.Absence(resident, firstDay.toString(),
                firstDay.plusDays(6).toString(), "SICK");
        LocalDate freeze = start.plusDays(30);
        EngineResult.Solved solved = repair(RepairRequest.absence(week, freeze));

        ValidationReport report = new ScheduleValidator().validate(solved.program(), solved.schedule());
        assertTrue(report.ok(), () -> "repaired schedule: " + report.counts());
        assertFalse(solved.changes().isEmpty(), "a call-pool resident's week away changes something");
        for (Change change : solved.changes()) {
            assertFalse(LocalDate.parse(change.date()).isBefore(freeze), () -> "changed before the freeze: " + change);
        }
        for (int d = 0; d < 30; d++) {
            int day = d;
            year.days().forEach((person, days) ->
                    assertEquals(days.get(day), solved.schedule().days().get(person).get(day), person + " day " + day));
        }
        assertTrue(solved.changes().size() <= 40, () -> solved.changes().size() + " changes for one week");
        MetricBound fewest = solved.bounds().get(EngineResult.CHANGED_ASSIGNMENTS);
        assertEquals(solved.changes().size(), (int) fewest.value());
        int forced = forcedChanges(resident, 35);
        assertTrue(fewest.bound() <= fewest.value() && fewest.bound() >= forced,
                () -> "the week's own days and calls (" + forced + ") are forced changes: " + fewest);
        assertEquals(fewest.optimal(), solved.optimal());
    }

    /**
     * A resident off the call pool (no call in the week) whose services hold without them: the absence's
     * own days become AA and nothing else changes, the fewest possible, found without a search.
     */
    @Test
    void aWeekAwayOffTheCallPoolChangesOnlyItsOwnDays() {
        int block = -1;
        String resident = null;
        for (int b = program.blocks() - 1; b >= 0 && resident == null; b--) {
            int inBlock = b;
            resident = year.blocks().entrySet().stream()
                    .filter(e -> program.rotations().stream().anyMatch(x -> x.id().equals(e.getValue().get(inBlock))
                            && !x.callPool() && x.minPerSession() == 0))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            block = b;
        }
        assertTrue(resident != null, "the year has a resident off the call pool");
        int first = block * program.blockDays() + 7;
        String who = resident;
        LocalDate start = LocalDate.parse(program.start());
        ProgramDocument.Absence week = new ProgramDocument.Absence(resident, start.plusDays(first).toString(),
                start.plusDays(first + 6).toString(), "SICK");
        EngineResult.Solved solved = repair(RepairRequest.absence(week, start.plusDays(first - 5)));
        assertTrue(new ScheduleValidator().validate(solved.program(), solved.schedule()).ok());
        assertEquals(forcedChanges(who, first), solved.changes().size(), () -> "changes: " + solved.changes());
        for (Change change : solved.changes()) {
            assertEquals(who, change.person());
            assertEquals("AA", change.after());
        }
        MetricBound fewest = solved.bounds().get(EngineResult.CHANGED_ASSIGNMENTS);
        assertTrue(fewest.optimal() && fewest.bound() == fewest.value(), () -> "proved fewest: " + fewest);
    }

    @Test
    void aRemovedResidentIsAbsentFromTheFreezeDateOn() {
        String resident = callPoolResidentOfBlock(1);
        LocalDate freeze = LocalDate.parse(program.start()).plusDays(42);
        EngineResult result = ENGINE.repair(program, year, RepairRequest.removal(resident, freeze),
                EngineFixtures.options(20), ProgressListener.NONE, Cancellation.none());
        if (result instanceof EngineResult.Solved solved) {
            List<String> days = solved.schedule().days().get(resident);
            for (int d = 42; d < days.size(); d++) {
                assertEquals("AA", days.get(d));
            }
        } else {
            EngineResult.Infeasible infeasible = org.junit.jupiter.api.Assertions.assertInstanceOf(
                    EngineResult.Infeasible.class, result);
            assertEquals(resident, infeasible.reasons().get(0).people().get(0));
        }
    }

    private EngineResult.Solved repair(RepairRequest request) {
        return EngineFixtures.solved(ENGINE.repair(program, year, request, EngineFixtures.options(20),
                ProgressListener.NONE, Cancellation.none()));
    }

    /** A resident on a call-pool rotation in the given 0-based block. */
    /** Days of the week from {@code day} that are not AA yet, plus the resident's calls in it. */
    private static int forcedChanges(String resident, int day) {
        int forced = 0;
        for (int d = day; d < day + 7; d++) {
            forced += "AA".equals(year.days().get(resident).get(d)) ? 0 : 1;
            forced += resident.equals(year.call().get(d)) ? 1 : 0;
        }
        return forced;
    }

    private static String callPoolResidentOfBlock(int block) {
        return year.blocks().entrySet().stream()
                .filter(e -> program.rotations().stream()
                        .anyMatch(x -> x.id().equals(e.getValue().get(block)) && x.callPool()))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }
}
