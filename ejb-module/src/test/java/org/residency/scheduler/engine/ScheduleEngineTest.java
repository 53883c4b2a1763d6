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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on small programs, checked by the project's validator and by check.py. */
class ScheduleEngineTest {

    private final ScheduleEngine engine = new ScheduleEngine();

    @TempDir
    Path dir;

    @Test
    void smallExampleGetsAValidYearThatCheckPyAccepts() {
        ProgramDocument program = EngineFixtures.example("small");
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program, EngineFixtures.options(20),
                ProgressListener.NONE, Cancellation.none()));
        JsonObject verdict = EngineFixtures.referenceCheck(dir, program, solved.schedule());
        assertTrue(verdict.getBoolean("ok"), () -> "check.py: " + verdict);
        JsonObject soft = verdict.getJsonObject("soft");
        assertEquals(soft.getInt("callSpread"), solved.metrics().get("callSpread").intValue());
        assertEquals(soft.getInt("clinicSpread"), solved.metrics().get("clinicSpread").intValue());
        assertEquals(1.0, soft.getJsonNumber("requestsGranted").doubleValue(), 1e-9,
                "every day-off request of the small example can be granted");
    }

    /**
     * Each metric comes with a bound that holds for every schedule; a value at its bound is flagged
     * optimal, and the clinic aims reach spread 0 on the small example.
     */
    @Test
    void everyMetricComesWithItsProvenBound() {
        ProgramDocument program = EngineFixtures.example("small");
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program, EngineFixtures.options(30),
                ProgressListener.NONE, Cancellation.none()));
        for (SoftGoal goal : SoftGoal.values()) {
            MetricBound bound = solved.bounds().get(goal.wireName());
            double value = solved.metrics().get(goal.wireName());
            assertEquals(value, bound.value(), 1e-9, goal.wireName());
            boolean higherIsBetter = goal == SoftGoal.REQUESTS_GRANTED;
            assertTrue(higherIsBetter ? value <= bound.bound() + 1e-9 : value >= bound.bound() - 1e-9,
                    () -> goal + " beats its own bound: " + bound);
            assertEquals(Math.abs(value - bound.bound()) < 1e-9, bound.optimal(), goal.wireName());
        }
        assertEquals(0.0, solved.metrics().get("clinicSpread"), () -> "clinic spread " + solved.bounds());
        assertTrue(solved.bounds().get("clinicSpread").optimal());
        assertEquals(solved.bounds().values().stream().allMatch(MetricBound::optimal), solved.optimal(),
                () -> "proved optimal exactly when every goal is at its bound: " + solved.bounds());
    }

    /** Proved optimal means at the bounds, not "every stage optimal": a first-valid year at them is optimal. */
    @Test
    void aYearIsProvedOptimalExactlyWhenItsGoalsAreAtTheirBounds() {
        ProgramDocument program = EngineFixtures.example("small");
        EngineResult.Solved first = EngineFixtures.solved(engine.generate(program, EngineFixtures.options(30)
                .withEffort(SolveOptions.Effort.FIRST_VALID), ProgressListener.NONE, Cancellation.none()));
        assertEquals(first.bounds().values().stream().allMatch(MetricBound::optimal), first.optimal(),
                () -> "first valid: " + first.bounds());
        SolveOptions defaults = EngineFixtures.options(30);
        SolveOptions callOnlyOptions = new SolveOptions(defaults.timeLimit(), defaults.seed(), defaults.threads(),
                java.util.List.of(SoftGoal.CALL_SPREAD));
        EngineResult.Solved callOnly = EngineFixtures.solved(engine.generate(program, callOnlyOptions,
                ProgressListener.NONE, Cancellation.none()));
        assertEquals(callOnly.bounds().get("callSpread").optimal(), callOnly.optimal(),
                () -> "only the goals asked for count: " + callOnly.bounds());
    }

    /** Stopping on work done and searching in deterministic batches: two runs, one schedule. */
    @Test
    void theSameSeedAndThreadsGiveTheSameScheduleWhenStoppingOnWork() {
        ProgramDocument program = EngineFixtures.example("small");
        SolveOptions repeatable = EngineFixtures.options(60).withThreads(2).withSeed(7).withDeterministic(true);
        EngineResult.Solved first = EngineFixtures.solved(engine.generate(program, repeatable, ProgressListener.NONE,
                Cancellation.none()));
        EngineResult.Solved second = EngineFixtures.solved(engine.generate(program, repeatable, ProgressListener.NONE,
                Cancellation.none()));
        assertEquals(first.schedule(), second.schedule());
    }

    /** 6 residents / 3 faculty over 2 blocks: valid, and no soft metric worse than the planted schedule. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void generatedTwoBlockProgramsBeatThePlantedSchedule(int seed) {
        Formats.GeneratedProgram generated = Formats.generate(dir, "p" + seed, "--residents", "6", "--faculty", "3",
                "--blocks", "2", "--seed", Integer.toString(seed));
        ProgramDocument program = generated.program();
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program, EngineFixtures.options(20),
                ProgressListener.NONE, Cancellation.none()));
        JsonObject ours = EngineFixtures.referenceCheck(dir, program, solved.schedule());
        assertTrue(ours.getBoolean("ok"), () -> "check.py: " + ours);
        JsonObject planted = EngineFixtures.referenceCheck(dir, program, generated.planted()).getJsonObject("soft");
        JsonObject soft = ours.getJsonObject("soft");
        for (String lowerIsBetter : new String[] {"callSpread", "weekendCallSpread", "clinicSpread"}) {
            assertTrue(soft.getInt(lowerIsBetter) <= planted.getInt(lowerIsBetter),
                    () -> lowerIsBetter + ": ours " + soft + ", planted " + planted);
        }
        assertTrue(soft.getJsonNumber("requestsGranted").doubleValue()
                >= planted.getJsonNumber("requestsGranted").doubleValue(), () -> "ours " + soft + ", planted " + planted);
    }

    @Test
    void aCancelledRunStopsPromptlyAndReturnsOnlyAValidSchedule() throws Exception {
        ProgramDocument program = EngineFixtures.example("realistic");
        Cancellation cancellation = new Cancellation();
        // Cancelled at its first progress report, so surely while it runs: the 18-resident example now takes
        // about a second, and a cancel after a fixed sleep could land after the end (nothing to test then).
        CompletableFuture<EngineResult> run = CompletableFuture.supplyAsync(() -> engine.generate(program,
                EngineFixtures.options(600), progress -> cancellation.cancel(), cancellation));
        EngineResult result = run.get(60, TimeUnit.SECONDS);
        assertTrue(result instanceof EngineResult.Stopped || result instanceof EngineResult.Solved,
                () -> "result " + result);
        if (result instanceof EngineResult.Solved solved) {
            assertTrue(solved.cancelled(), "a cancelled run says so");
            ValidationReport report = new ScheduleValidator().validate(program, solved.schedule());
            assertTrue(report.ok(), () -> "kept schedule has violations: " + report.counts());
        } else {
            assertEquals("cancelled", ((EngineResult.Stopped) result).why());
        }
    }

    @Test
    void aProgramWithoutEnoughCallPoolIsExplainedNotSolved() {
        ProgramDocument small = EngineFixtures.example("small");
        // Only obstetrics keeps its call pool and it holds one resident: q3 call cannot be covered.
        ProgramDocument program = EngineFixtures.withRotations(small, small.rotations().stream()
                .map(x -> new ProgramDocument.Rotation(x.id(), x.name(), x.pgy(), x.minResidents(), x.maxResidents(),
                        x.minPerSession(), x.worksWeekends(), x.clinicPerWeek(), x.id().equals("OB")))
                .toList());
        EngineResult result = engine.generate(program, EngineFixtures.options(20), ProgressListener.NONE,
                Cancellation.none());
        EngineResult.Infeasible infeasible = org.junit.jupiter.api.Assertions.assertInstanceOf(
                EngineResult.Infeasible.class, result, () -> "result " + result);
        assertTrue(infeasible.reasons().stream().anyMatch(r -> r.rule().equals("call-coverage")),
                () -> "reasons: " + infeasible.reasons());
        infeasible.reasons().forEach(r -> System.err.println(r));
    }
}
