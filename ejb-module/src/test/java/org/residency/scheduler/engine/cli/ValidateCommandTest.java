package org.residency.scheduler.engine.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.rules.ScheduleValidator;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validate command on a planted schedule from generate.py, on a broken copy of it and on bad input. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private static CommandRun validate(String... args) {
        return CommandRun.of(new ValidateCommand()::run, args);
    }

    private Path[] generated() throws Exception {
        Path program = dir.resolve("program.json");
        Path planted = dir.resolve("planted.json");
        Process p = new ProcessBuilder("python3", Fixtures.formats().resolve("generate.py").toString(),
                "--residents", "6", "--faculty", "3", "--blocks", "2", "--seed", "4",
                "--out", program.toString(), "--solution-out", planted.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        return new Path[]{program, planted};
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aPlantedScheduleIsOkWithEveryRuleCounted() throws Exception {
        Path[] files = generated();
        CommandRun run = validate(files[0].toString(), files[1].toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        JsonObject report = json(run.out());
        assertTrue(report.getBoolean("ok"));
        assertEquals(ScheduleValidator.ruleNames(), List.copyOf(report.getJsonObject("hard").keySet()));
        assertEquals(List.of("callSpread", "requestsGranted", "weekendCallSpread", "clinicSpread"),
                List.copyOf(report.getJsonObject("soft").keySet()));
        assertEquals(6, report.getJsonObject("size").getInt("residents"));
    }

    @Test
    void anUncoveredNightIsCountedWithAnExampleAndExitsOne() throws Exception {
        Path[] files = generated();
        JsonObject planted = Fixtures.read(files[1]);
        Path broken = Files.writeString(dir.resolve("broken.json"),
                Fixtures.patch(planted, p -> p.replace("/call/10", Json.createValue("nobody")).replace("/call/10",
                        jakarta.json.JsonValue.NULL)).toString());
        CommandRun run = validate(files[0].toString(), broken.toString());
        assertEquals(ExitCode.FAILED, run.exit(), run.err());
        JsonObject report = json(run.out());
        assertFalse(report.getBoolean("ok"));
        assertEquals(1, report.getJsonObject("hard").getInt("call-coverage"));
        assertEquals(1, report.getJsonObject("examples").getJsonArray("call-coverage").size());
    }

    @Test
    void badArgumentsAndIllShapedInputExitTwo() throws Exception {
        Path[] files = generated();
        assertEquals(ExitCode.BAD_INPUT, validate(files[0].toString()).exit());
        assertEquals(ExitCode.BAD_INPUT, validate("--help", files[0].toString()).exit());
        Path wrongFormat = Files.writeString(dir.resolve("wrong.json"),
                Fixtures.patch(Fixtures.read(files[1]), p -> p.replace("/format", "residency-schedule/2")).toString());
        CommandRun run = validate(files[0].toString(), wrongFormat.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("schedule.format"), run.err());
        assertEquals("", run.out());
    }
}
