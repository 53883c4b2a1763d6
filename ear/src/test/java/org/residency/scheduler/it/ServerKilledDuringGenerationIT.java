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

        TestDomain.killServer();
        TestDomain.resume(api, Duration.ofMinutes(4));

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
}
