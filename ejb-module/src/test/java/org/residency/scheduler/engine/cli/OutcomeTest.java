package org.residency.scheduler.engine.cli;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three ways an engine command ends, independent of how long a real solve takes to reach them. */
class OutcomeTest {

    private static final Outcome OUTCOME = new Outcome("solve", "no schedule exists",
            (solved, seconds) -> List.of("solve: done in " + seconds));

    private static CommandRun print(EngineResult result) {
        try (Documents documents = new Documents()) {
            return CommandRun.of((args, out, err) -> OUTCOME.print(result, documents, out, err));
        }
    }

    @Test
    void aScheduleGoesToStdoutAndExitsZero() {
        ScheduleDocument schedule = new ScheduleDocument(ScheduleDocument.FORMAT, "P", Map.of(), Map.of(), List.of());
        CommandRun run = print(new EngineResult.Solved(schedule, null, Map.of(), true, false, List.of(),
                Duration.ofMillis(2500)));
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(run.out().contains("\"format\":\"residency-schedule/1\""), run.out());
        assertEquals("solve: done in 2.5 s", run.err().strip());
    }

    @Test
    void reasonsGoToStderrWithRuleBlockAndPeopleAndExitOne() {
        CommandRun run = print(new EngineResult.Infeasible(List.of(
                new Reason("call-coverage", 3, List.of("R04", "R07"), "Too few."),
                new Reason("curriculum", null, List.of(), "Does not fit.")), Duration.ofMillis(100)));
        assertEquals(ExitCode.FAILED, run.exit());
        assertEquals("", run.out());
        assertEquals(List.of("solve: no schedule exists (0.1 s):", "- call-coverage, block 3 (R04, R07): Too few.",
                "- curriculum: Does not fit."), run.err().lines().toList());
    }

    @Test
    void stoppedWithoutAScheduleExitsThree() {
        CommandRun run = print(new EngineResult.Stopped("no block plan found in the time limit",
                Duration.ofSeconds(30)));
        assertEquals(ExitCode.STOPPED, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("stopped after 30.0 s without a valid schedule: no block plan"), run.err());
    }
}
