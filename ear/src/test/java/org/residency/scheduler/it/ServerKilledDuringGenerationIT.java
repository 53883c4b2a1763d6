package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of the server while a generation runs, then a restart (scripts/lib/test-domain.sh resume): the
 * broker delivers the unacknowledged job again and it runs once more (JobRunner), what was committed
 * before is all there, and a new generation works.
 */
class ServerKilledDuringGenerationIT extends DeployedApplication {

    private static final Duration SOLVE = Duration.ofMinutes(5);

    @Test
    void theInterruptedJobIsRunAgainAndNothingCommittedIsLost() throws Exception {
        Generated generated = Generated.of(18, 12, 61, 13);
        long id = generated.store(api);
        String committed = "/api/programs/" + id + "/schedules/committed";
        assertEquals(201, api.put(committed, generated.scheduleText()).statusCode());
        String program = api.get("/api/programs/" + id).body();
        String schedule = api.get(committed).body();

        HttpResponse<String> posted = api.post("/api/programs/" + id + "/schedules", "{\"timeLimitSeconds\": 120}");
        assertEquals(202, posted.statusCode(), posted.body());
        String job = posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        JsonObject running = api.await(job, j -> "RUNNING".equals(j.getString("state")) && j.getInt("progress") > 0,
                Duration.ofSeconds(120));
        assertEquals("RUNNING", running.getString("state"), running::toString);

        // A task run the server holds when it dies: freed as soon as the server is back, not a minute or
        // resilience.task.lost-after-minutes later (FALLBACK_PRECOMPUTE: not due during the test).
        String server = thisServer();
        String left = TestDatabase.value("INSERT INTO task_run (task, attempt, state, queued_at, started_at, runner) "
                + "VALUES ('FALLBACK_PRECOMPUTE', 1, 'RUNNING', now(), now(), ?) RETURNING id", server);

        TestDomain.killServer();
        TestDomain.resume(api, Duration.ofMinutes(4));

        long leftId = Long.parseLong(left);
        assertEquals("FAILED", TestDatabase.value("SELECT state FROM task_run WHERE id = ?", leftId));
        assertEquals("interrupted: " + server + " restarted or redeployed during the run",
                TestDatabase.value("SELECT detail FROM task_run WHERE id = ?", leftId));

        JsonObject ended = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), SOLVE);
        assertNotNull(ended);
        assertEquals("SUCCEEDED", ended.getString("state"), ended::toString);
        assertEquals(2, ended.getInt("attempts"), "run again after the restart: " + ended);
        String result = ended.getString("resultLink").replaceFirst("^https?://[^/]+", "");
        assertEquals(200, api.get(result).statusCode());

        assertEquals(program, api.get("/api/programs/" + id).body(), "the program as committed");
        assertEquals(schedule, api.get(committed).body(), "the schedule as committed");

        HttpResponse<String> again = api.post("/api/programs/" + id + "/schedules", "{\"timeLimitSeconds\": 60}");
        assertEquals(202, again.statusCode(), again.body());
        JsonObject second = api.await(again.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""),
                j -> !j.getString("state").matches("QUEUED|RUNNING"), SOLVE);
        assertEquals("SUCCEEDED", second.getString("state"), second::toString);
        assertTrue(second.getInt("attempts") == 1, second::toString);
    }

    /** The runner the server writes on the task runs it starts (the health check runs every 5 s here). */
    private String thisServer() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String runner = null;
        while (runner == null && System.nanoTime() < deadline) {
            runner = TestDatabase.value("SELECT runner FROM task_run WHERE runner IS NOT NULL ORDER BY id DESC LIMIT 1");
            if (runner == null) {
                Thread.sleep(250);
            }
        }
        assertNotNull(runner, "no task run named the server that ran it");
        return runner;
    }
}
