package org.residency.scheduler.engine.cli;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolveCommandTest {

    @TempDir
    Path dir;

    private static CommandRun solve(String... args) {
        return CommandRun.of(new SolveCommand(new ScheduleEngine())::run, args);
    }

    private static String small() {
        return Fixtures.formats().resolve("examples").resolve("small.json").toString();
    }

    @Test
    void writesAValidScheduleToStdoutAndProgressToStderr() {
        CommandRun run = solve("--time-limit", "60", "--seed", "3", "--threads", "1", small());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        ProgramDocument program = Fixtures.JSONB.fromJson(Fixtures.example("small.json").toString(),
                ProgramDocument.class);
        ScheduleDocument schedule = Fixtures.JSONB.fromJson(run.out(), ScheduleDocument.class);
        assertTrue(new ScheduleValidator().validate(program, schedule).ok());
        assertTrue(run.err().contains("block rotations") && run.err().contains("schedule found"), run.err());
    }

    @Test
    void printsWhatItProvedAboutEachMetric() {
        CommandRun run = solve("--time-limit", "60", "--seed", "3", "--threads", "2", "--repeatable", "yes", small());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().matches("(?s).*callSpread \\d+ \\((optimal, )?bound \\d+\\).*"), run.err());
        assertTrue(run.err().matches("(?s).*clinicSpread \\d+ \\((optimal, )?bound 0\\).*"), run.err());
    }

    @Test
    void aFirstValidRunStillGivesAValidSchedule() {
        CommandRun run = solve("--time-limit", "60", "--effort", "first-valid", small());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        ProgramDocument program = Fixtures.JSONB.fromJson(Fixtures.example("small.json").toString(),
                ProgramDocument.class);
        assertTrue(new ScheduleValidator().validate(program, Fixtures.JSONB.fromJson(run.out(), ScheduleDocument.class)).ok());
    }

    /** --warm-up yes solves once before the run that counts (a server that has run before) and says so. */
    @Test
    void aWarmUpRunComesFirstAndTheCountedRunStillGivesAValidSchedule() {
        CommandRun run = solve("--time-limit", "60", "--effort", "first-valid", "--warm-up", "yes", small());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().contains("warm-up run") && run.err().indexOf("warm-up run") < run.err().indexOf("schedule found"),
                run.err());
        ProgramDocument program = Fixtures.JSONB.fromJson(Fixtures.example("small.json").toString(),
                ProgramDocument.class);
        assertTrue(new ScheduleValidator().validate(program, Fixtures.JSONB.fromJson(run.out(), ScheduleDocument.class)).ok());
        assertEquals(ExitCode.BAD_INPUT, solve("--warm-up", "twice", small()).exit());
    }

    @Test
    void explainsAnImpossibleProgramAndExitsOne() throws Exception {
        // PGY-2 needs 2 blocks of INPATIENT and 1 of OUTPATIENT in a year of 2 blocks
        JsonObject impossible = Fixtures.patch(Fixtures.example("small.json"),
                p -> p.replace("/curriculum/5/minBlocks", 2).replace("/curriculum/9/minBlocks", 1));
        Path file = dir.resolve("impossible.json");
        Files.writeString(file, impossible.toString());
        CommandRun run = solve("--time-limit", "20", file.toString());
        assertEquals(ExitCode.FAILED, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no schedule exists") && run.err().contains("\n- curriculum"), run.err());
    }

    @Test
    void refusesMissingOrBadArgumentsWithExitTwo() {
        assertEquals(ExitCode.BAD_INPUT, solve().exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--time-limit", "0", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--time-limit", "soon", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--threads", "0", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--seed", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--fast", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--effort", "best", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve("--repeatable", "maybe", small()).exit());
        assertEquals(ExitCode.BAD_INPUT, solve(small(), small()).exit());
        CommandRun run = solve("--threads");
        assertTrue(run.err().contains("--threads needs a value") && run.err().contains("usage: solve"), run.err());
    }

    @Test
    void refusesAnUnreadableOrIllShapedProgramWithExitTwo() throws Exception {
        CommandRun missing = solve(dir.resolve("none.json").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        assertEquals(ExitCode.BAD_INPUT, solve(broken.toString()).exit());

        Path badPgy = Files.writeString(dir.resolve("pgy.json"), Fixtures.patch(Fixtures.example("small.json"),
                p -> p.replace("/residents/0/pgy", 4)).toString());
        CommandRun run = solve(badPgy.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("program.residents[0].pgy"), run.err());
        assertEquals("", run.out());
    }
}
