package org.residency.scheduler.engine;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.Formats;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Programs to solve and check.py's verdict on what the engine returns. */
final class EngineFixtures {

    private EngineFixtures() {
    }

    static ProgramDocument example(String name) {
        return Formats.readProgram(Formats.dir().resolve("examples").resolve(name + ".json"));
    }

    /** The same program with other rotations. */
    static ProgramDocument withRotations(ProgramDocument p, List<ProgramDocument.Rotation> rotations) {
        return new ProgramDocument(p.format(), p.name(), p.start(), p.blocks(), p.blockDays(), p.hours(),
                p.residents(), p.faculty(), rotations, p.curriculum(), p.fixed(), p.clinic(), p.absences(),
                p.requests(), p.supervision());
    }

    static SolveOptions options(int seconds) {
        return SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(seconds));
    }

    static EngineResult.Solved solved(EngineResult result) {
        return assertInstanceOf(EngineResult.Solved.class, result, () -> "engine result: " + result);
    }

    /** check.py's JSON verdict on the pair (exit 0 or 1 accepted; 2 fails the test). */
    static JsonObject referenceCheck(Path dir, ProgramDocument program, ScheduleDocument schedule) {
        Path p = dir.resolve("program.json");
        Path s = dir.resolve("schedule.json");
        Formats.write(p, program);
        Formats.write(s, schedule);
        String out = Formats.run(List.of("python3", Formats.dir().resolve("check.py").toString(), p.toString(),
                s.toString()), 0, 1);
        try (JsonReader reader = Json.createReader(new StringReader(out))) {
            return reader.readObject();
        }
    }
}
