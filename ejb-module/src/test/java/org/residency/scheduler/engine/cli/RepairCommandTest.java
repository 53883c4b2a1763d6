package org.residency.scheduler.engine.cli;

import jakarta.json.Json;
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

class RepairCommandTest {

    @TempDir
    Path dir;

    private static CommandRun repair(String... args) {
        return CommandRun.of(new RepairCommand(new ScheduleEngine())::run, args);
    }

    private static String small() {
        return Fixtures.formats().resolve("examples").resolve("small.json").toString();
    }

    @Test
    void absorbsAWeekOfAbsenceAndListsTheChanges() throws Exception {
        CommandRun solved = CommandRun.of(new SolveCommand(new ScheduleEngine())::run, "--time-limit", "60", small());
        assertEquals(ExitCode.OK, solved.exit(), solved.err());
        Path schedule = Files.writeString(dir.resolve("schedule.json"), solved.out());

        CommandRun run = repair("--time-limit", "60", "--absence", "R5,2026-07-20,2026-07-26", small(),
                schedule.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().matches("(?s).*repair: \\d+ changed assignments.*- DAY R5 2026-07-20: .. -> AA.*"),
                run.err());
        ProgramDocument withAbsence = Fixtures.program(Fixtures.patch(Fixtures.example("small.json"),
                p -> p.add("/absences/-", Json.createObjectBuilder().add("person", "R5").add("start", "2026-07-20")
                        .add("end", "2026-07-26").add("kind", "SICK").build())));
        ScheduleDocument repaired = Fixtures.JSONB.fromJson(run.out(), ScheduleDocument.class);
        assertTrue(new ScheduleValidator().validate(withAbsence, repaired).ok());
    }

    @Test
    void refusesBadArgumentsWithExitTwo() throws Exception {
        Path schedule = Files.writeString(dir.resolve("schedule.json"), "{}");
        String p = small();
        String s = schedule.toString();
        assertEquals(ExitCode.BAD_INPUT, repair(p, s).exit());
        assertEquals(ExitCode.BAD_INPUT, repair("--absence", "R5,2026-07-20,2026-07-26", p).exit());
        assertEquals(ExitCode.BAD_INPUT, repair("--absence", "R5,2026-07-20", p, s).exit());
        assertEquals(ExitCode.BAD_INPUT, repair("--absence", "R5,2026-07-26,2026-07-20", p, s).exit());
        assertEquals(ExitCode.BAD_INPUT, repair("--absence", "R5,20.7.2026,2026-07-26", p, s).exit());
        assertEquals(ExitCode.BAD_INPUT, repair("--remove", "R5", p, s).exit());
        assertEquals(ExitCode.BAD_INPUT,
                repair("--remove", "R5", "--absence", "R5,2026-07-20,2026-07-26", "--freeze", "2026-07-20", p, s)
                        .exit());
        CommandRun shapeless = repair("--absence", "R5,2026-07-20,2026-07-26", p, s);
        assertEquals(ExitCode.BAD_INPUT, shapeless.exit());
        assertTrue(shapeless.err().contains("schedule.format"), shapeless.err());
    }

    @Test
    void refusesAnAbsenceOfSomeoneNotInTheProgram() throws Exception {
        CommandRun solved = CommandRun.of(new SolveCommand(new ScheduleEngine())::run, "--time-limit", "60", small());
        Path schedule = Files.writeString(dir.resolve("schedule.json"), solved.out());
        CommandRun run = repair("--absence", "R99,2026-07-20,2026-07-26", small(), schedule.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("'R99' is not a resident or faculty member"), run.err());
    }
}
