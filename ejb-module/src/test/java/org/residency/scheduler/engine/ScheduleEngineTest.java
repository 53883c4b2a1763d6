package org.residency.scheduler.engine;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residency.scheduler.format.ProgramDocument;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleEngineTest {

    private final ScheduleEngine engine = new ScheduleEngine();

    @TempDir
    Path dir;

    @Test
    void smallProgramGetsAValidYearThatCheckPyAccepts() {
        ProgramDocument program = EngineFixtures.example("small");
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program, EngineFixtures.options(20),
                p -> System.err.println(p), Cancellation.none()));
        JsonObject verdict = EngineFixtures.referenceCheck(dir, program, solved.schedule());
        assertTrue(verdict.getBoolean("ok"), () -> "check.py: " + verdict);
        assertEquals(verdict.getJsonObject("soft").getJsonNumber("callSpread").intValue(),
                solved.metrics().get("callSpread").intValue());
    }

    @Test
    void realisticProgramGetsAValidYear() {
        ProgramDocument program = EngineFixtures.example("realistic");
        EngineResult.Solved solved = EngineFixtures.solved(engine.generate(program, EngineFixtures.options(30),
                p -> System.err.println(p), Cancellation.none()));
        JsonObject verdict = EngineFixtures.referenceCheck(dir, program, solved.schedule());
        assertTrue(verdict.getBoolean("ok"), () -> "check.py: " + verdict);
        System.err.println(verdict.getJsonObject("soft"));
    }
}
