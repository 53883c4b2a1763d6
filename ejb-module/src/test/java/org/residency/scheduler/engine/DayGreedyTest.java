package org.residency.scheduler.engine;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.rules.Formats;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constructive start of the days (first valid schedule): valid where it builds, CP-SAT where it cannot. */
class DayGreedyTest {

    @TempDir
    Path dir;

    private static Timeline planAndRota(Instance in) {
        CpSolve.loadNatives();
        SolveOptions options = SolveOptions.defaults().withEffort(SolveOptions.Effort.FIRST_VALID);
        StageResult<int[][]> plan = new BlockPlanner(in).solve(CpSolve.Budget.of(Duration.ofSeconds(30)),
                options.withEffort(SolveOptions.Effort.OPTIMISE), Cancellation.none(), best -> { });
        assertTrue(plan.solved(), "block plan");
        StageResult<int[]> rota = new CallPlanner(in, plan.value()).solve(CpSolve.Budget.of(Duration.ofSeconds(30)),
                options, Cancellation.none(), best -> { }, false);
        assertTrue(rota.solved(), "call rota");
        return new Timeline(in, plan.value(), rota.value());
    }

    /** Generated 18-resident programs: every block is constructed, and the year passes the validator and check.py. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void constructsEveryBlockOfGeneratedProgramsValidly(int seed) {
        ProgramDocument program = Formats.generate(dir, "p" + seed, "--residents", "18", "--faculty", "12",
                "--seed", Integer.toString(seed)).program();
        Instance in = new Instance(program);
        Timeline year = planAndRota(in);
        ClinicTargets targets = new ClinicTargets(in, year.plan, year.rota);
        for (int b = 0; b < in.blocks; b++) {
            Timeline next = DayGreedy.fill(in, year, in.firstDay(b), in.firstDay(b + 1), targets);
            assertNotNull(next, "block " + (b + 1) + " was not constructed");
            assertNull(DayCheck.firstProblem(in, next, in.firstDay(b), in.firstDay(b + 1)));
            year = next;
        }
        ValidationReport report = new ScheduleValidator().validate(program, year.toDocument());
        assertTrue(report.ok(), () -> "violations: " + report.counts());
        JsonObject verdict = EngineFixtures.referenceCheck(dir, program, year.toDocument());
        assertTrue(verdict.getBoolean("ok"), () -> "check.py: " + verdict);
    }

    /**
     * A block after a block worked through without a free day: the window that ends on its first day
     * cannot get its 4 free days, so nothing is constructed, and the check names the window.
     */
    @Test
    void aRangeThatCannotCloseItsWindowsIsNotConstructed() {
        ProgramDocument program = EngineFixtures.example("small");
        Instance in = new Instance(program);
        Timeline year = planAndRota(in);
        int d0 = in.firstDay(1);
        Timeline first = DayGreedy.fill(in, year, 0, d0, null);
        assertNotNull(first, "block 1");
        assertNull(DayGreedy.fill(in, wornThrough(in, first, d0), d0, in.firstDay(2), null));
        // block 2 built after the real block 1 keeps its own rules; after the worn one, its windows fail
        Timeline built = DayGreedy.fill(in, first, d0, in.firstDay(2), null);
        assertNotNull(built);
        assertNull(DayCheck.firstProblem(in, built, d0, in.firstDay(2)));
        String problem = DayCheck.firstProblem(in, wornThrough(in, built, d0), d0, in.firstDay(2));
        assertNotNull(problem);
        assertTrue(problem.contains("free days"), problem);
    }

    /** Every day before d0 worked (RR) except absences. */
    private static Timeline wornThrough(Instance in, Timeline year, int d0) {
        Timeline worn = year.copy();
        for (int d = 0; d < d0; d++) {
            for (int x = 0; x < in.residents(); x++) {
                worn.residentCode[x][2 * d] = in.residentAbsent[x][d] ? 'A' : 'R';
                worn.residentCode[x][2 * d + 1] = in.residentAbsent[x][d] ? 'A' : 'R';
            }
        }
        return worn;
    }

    /** Every day of the range off except the call days: what a filler that ignores the windows would give. */
    private static Timeline fillAnyway(Instance in, Timeline year, int d0, int d1) {
        Timeline t = year.copy();
        for (int d = d0; d < d1; d++) {
            for (int x = 0; x < in.residents(); x++) {
                char code = in.residentAbsent[x][d] ? 'A' : t.onCall(x, d) ? 'R' : 'O';
                t.residentCode[x][2 * d] = code;
                t.residentCode[x][2 * d + 1] = code;
            }
            for (int f = 0; f < in.faculty(); f++) {
                t.facultyCode[f][2 * d] = in.facultyAbsent[f][d] ? 'A' : 'O';
                t.facultyCode[f][2 * d + 1] = in.facultyAbsent[f][d] ? 'A' : 'O';
            }
        }
        return t;
    }

    /**
     * What decides whether an optimising run keeps a constructed block: each request of the block not
     * granted and each clinic session away from a resident's aim counts one.
     */
    @Test
    void missedGoalsCountRefusedRequestsAndClinicAwayFromTheAim() {
        ProgramDocument program = EngineFixtures.example("small");
        Instance in = new Instance(program);
        Timeline year = planAndRota(in);
        ClinicTargets targets = new ClinicTargets(in, year.plan, year.rota);
        int d1 = in.firstDay(1);
        Timeline built = DayGreedy.fill(in, year, 0, d1, targets);
        assertNotNull(built);
        long missed = DayCheck.missedGoals(in, year, built, 0, d1, targets, SoftGoal.DEFAULT_ORDER);
        Instance.Request granted = in.requests.stream()
                .filter(q -> q.resident() && q.day() < d1 && built.free(q.person(), q.day())).findFirst().orElseThrow();
        Timeline refused = built.copy();
        refused.residentCode[granted.person()][2 * granted.day()] = 'R';
        refused.residentCode[granted.person()][2 * granted.day() + 1] = 'R';
        assertEquals(missed + 1, DayCheck.missedGoals(in, year, refused, 0, d1, targets, SoftGoal.DEFAULT_ORDER));
        assertEquals(missed, DayCheck.missedGoals(in, year, refused, 0, d1, targets,
                java.util.List.of(SoftGoal.CLINIC_SPREAD)) + requestsMissed(in, built, d1));
        int r = java.util.stream.IntStream.range(0, in.residents()).filter(x -> built.clinicSessions(x, 0, d1) > 0)
                .findFirst().orElseThrow();
        Timeline fewer = built.copy();
        for (int k = 0; k < 2 * d1; k++) {
            if (fewer.residentCode[r][k] == 'C') {
                fewer.residentCode[r][k] = 'R';
                break;
            }
        }
        long clinicBefore = DayCheck.missedGoals(in, year, built, 0, d1, targets, java.util.List.of(SoftGoal.CLINIC_SPREAD));
        long clinicAfter = DayCheck.missedGoals(in, year, fewer, 0, d1, targets, java.util.List.of(SoftGoal.CLINIC_SPREAD));
        assertEquals(1, Math.abs(clinicAfter - clinicBefore), "one session more or less away from the aim");
    }

    private static long requestsMissed(Instance in, Timeline t, int d1) {
        return in.requests.stream().filter(q -> q.resident() && q.day() < d1 && !t.free(q.person(), q.day())).count();
    }

    /** Where nothing is constructed, CP-SAT builds the block: the first valid year still comes back valid. */
    @Test
    void blocksTheConstructionCannotFillAreSolvedByCpSat() {
        ProgramDocument program = EngineFixtures.example("small");
        AtomicInteger asked = new AtomicInteger();
        ScheduleEngine engine = new ScheduleEngine((in, year, d0, d1, targets) -> {
            asked.incrementAndGet();
            return null;
        });
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program,
                EngineFixtures.options(30).withEffort(SolveOptions.Effort.FIRST_VALID), ProgressListener.NONE,
                Cancellation.none()));
        assertEquals(new Instance(program).blocks, asked.get(), "each block is offered to the construction first");
        assertTrue(new ScheduleValidator().validate(program, solved.schedule()).ok());
    }

    /**
     * A construction that breaks a rule the engine's own check does not see is caught by the validator
     * before anything is returned, and the days are built again by CP-SAT.
     */
    @Test
    void aConstructedYearTheValidatorRejectsIsRebuiltByCpSat() {
        ProgramDocument program = EngineFixtures.example("small");
        ScheduleEngine engine = new ScheduleEngine((in, year, d0, d1, targets) -> fillAnyway(in, year, d0, d1));
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program,
                EngineFixtures.options(30).withEffort(SolveOptions.Effort.FIRST_VALID), ProgressListener.NONE,
                Cancellation.none()));
        assertTrue(new ScheduleValidator().validate(program, solved.schedule()).ok());
    }
}
