package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.engine.Change;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.MetricBound;
import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.entity.JobState;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How each engine result ends a solver job, and what the job's result says. */
class SolveOutcomesTest {

    private static final ProgramDocument SMALL = Fixtures.program(Fixtures.example("small.json"));

    private final List<EngineResult.Solved> stored = new ArrayList<>();

    @Test
    void aSolvedScheduleIsStoredAndLinked() {
        EngineResult.Solved solved = solved(false, List.of());
        JobOutcome outcome = SolveOutcomes.of(7, false, new EngineOutcome(solved, false), this::store);
        assertEquals(List.of(solved), stored);
        assertEquals(JobState.SUCCEEDED, outcome.state());
        assertEquals("/api/programs/7/schedules/s1", outcome.resultLink());
        assertEquals("s1", outcome.producedSchedule());
        JsonObject result = json(outcome.resultJson());
        assertEquals("SOLVED", result.getString("outcome"));
        assertEquals("s1", result.getString("scheduleId"));
        assertTrue(result.getBoolean("optimal"));
        assertEquals(2.0, result.getJsonObject("metrics").getJsonNumber("callSpread").doubleValue());
        assertEquals(1.0, result.getJsonObject("bounds").getJsonObject("callSpread").getJsonNumber("bound").doubleValue());
        assertFalse(result.getJsonObject("bounds").getJsonObject("callSpread").getBoolean("optimal"));
        assertTrue(!result.containsKey("changes"), "a generation lists no changes");
    }

    @Test
    void aRepairListsItsChanges() {
        Change change = new Change(Change.Kind.CALL, "R2", "2026-07-30", "R3", "R2");
        JobOutcome outcome = SolveOutcomes.of(7, true, new EngineOutcome(solved(false, List.of(change)), false),
                this::store);
        JsonObject result = json(outcome.resultJson());
        assertEquals(1, result.getInt("changeCount"));
        assertEquals(Json.createObjectBuilder().add("kind", "CALL").add("date", "2026-07-30").add("person", "R2")
                .add("before", "R3").add("after", "R2").build(), result.getJsonArray("changes").getJsonObject(0));
    }

    @Test
    void aProposalIsKeptAsideAndLinkedWithItsChangesButStoresNoSchedule() {
        Change change = new Change(Change.Kind.DAY, "R2", "2026-08-10", "RC", "AA");
        EngineResult.Solved solved = solved(false, List.of(change));
        List<EngineResult.Solved> kept = new ArrayList<>();
        JobOutcome outcome = SolveOutcomes.proposed(new EngineOutcome(solved, false), s -> {
            kept.add(s);
            return "/api/programs/7/absence-requests/3/repair-proposal";
        });
        assertEquals(List.of(solved), kept);
        assertEquals(List.of(), stored, "no schedule stored");
        assertEquals(JobState.SUCCEEDED, outcome.state());
        assertNull(outcome.producedSchedule());
        assertEquals("/api/programs/7/absence-requests/3/repair-proposal", outcome.resultLink());
        JsonObject result = json(outcome.resultJson());
        assertEquals("/api/programs/7/absence-requests/3/repair-proposal", result.getString("proposal"));
        assertTrue(!result.containsKey("scheduleId"), result.toString());
        assertEquals(1, result.getInt("changeCount"));
        assertEquals("AA", result.getJsonArray("changes").getJsonObject(0).getString("after"));
    }

    @Test
    void aProposalWithoutAnyScheduleFailsLikeARepair() {
        EngineResult.Stopped stopped = new EngineResult.Stopped("time limit", Duration.ofSeconds(5));
        assertThrows(JobFailedException.class, () -> SolveOutcomes.proposed(new EngineOutcome(stopped, false),
                s -> "never"));
    }

    @Test
    void theBestScheduleBeforeACancelIsStoredAndTheJobCancelled() {
        JobOutcome outcome = SolveOutcomes.of(7, false, new EngineOutcome(solved(true, List.of()), true), this::store);
        assertEquals(JobState.CANCELLED, outcome.state());
        assertEquals("/api/programs/7/schedules/s1", outcome.resultLink());
        assertTrue(outcome.note().contains("best valid schedule"), outcome.note());
        assertTrue(json(outcome.resultJson()).getBoolean("cancelled"));
    }

    @Test
    void noScheduleFailsTheJobWithTheEnginesReasons() {
        Reason reason = new Reason("call-coverage", 2, List.of("R1", "R2"), "only 2 call-pool residents for 28 nights");
        JobFailedException failed = assertThrows(JobFailedException.class, () -> SolveOutcomes.of(7, false,
                new EngineOutcome(new EngineResult.Infeasible(List.of(reason), Duration.ofSeconds(1)), false), this::store));
        assertTrue(failed.getMessage().contains("call-coverage in block 2: only 2 call-pool"), failed.getMessage());
        JsonObject result = json(failed.resultJson());
        assertEquals("INFEASIBLE", result.getString("outcome"));
        assertEquals(Json.createObjectBuilder().add("rule", "call-coverage").add("block", 2)
                .add("people", Json.createArrayBuilder().add("R1").add("R2"))
                .add("message", "only 2 call-pool residents for 28 nights").build(),
                result.getJsonArray("reasons").getJsonObject(0));
        assertEquals(List.of(), stored);
    }

    @Test
    void stoppedWithoutAScheduleIsCancelledOnlyWhenSomeoneCancelled() {
        EngineResult.Stopped stopped = new EngineResult.Stopped("time limit reached", Duration.ofSeconds(60));
        JobOutcome cancelled = SolveOutcomes.of(7, false, new EngineOutcome(stopped, true), this::store);
        assertEquals(JobState.CANCELLED, cancelled.state());
        assertNull(cancelled.resultLink());
        JobFailedException failed = assertThrows(JobFailedException.class,
                () -> SolveOutcomes.of(7, false, new EngineOutcome(stopped, false), this::store));
        assertTrue(failed.getMessage().contains("time limit reached"));
        assertEquals(List.of(), stored);
    }

    private String store(EngineResult.Solved solved) {
        stored.add(solved);
        return "s" + stored.size();
    }

    private static EngineResult.Solved solved(boolean cancelled, List<Change> changes) {
        return new EngineResult.Solved(null, SMALL, Map.of("callSpread", 2.0, "requestsGranted", 1.0), !cancelled,
                cancelled, changes, Duration.ofSeconds(3),
                Map.of("callSpread", new MetricBound(2.0, 1.0, false), "requestsGranted", new MetricBound(1.0, 1.0, true)));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
