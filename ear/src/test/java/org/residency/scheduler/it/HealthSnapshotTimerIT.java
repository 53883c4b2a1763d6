package org.residency.scheduler.it;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The persistent EJB timer fires on its configured schedule (every 5 s in the test domain, set by
 * SNAPSHOT_SCHEDULE) and each firing stores a health snapshot in PostgreSQL.
 */
class HealthSnapshotTimerIT extends DeployedApplication {

    @Test
    void timerRecordsSnapshotsInTheDatabase() throws InterruptedException {
        int before = snapshots().size();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonArray after = snapshots();
        while (after.size() < before + 2 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            after = snapshots();
        }
        assertTrue(after.size() >= before + 2, "expected two new snapshots within 30 s, saw " + after);
        var newest = after.getJsonObject(0);
        assertTrue(newest.getBoolean("databaseOk"));
        assertTrue(newest.getJsonNumber("heapMaxBytes").longValue() > 0);
    }

    private JsonArray snapshots() {
        var response = api.get("/api/system/health-snapshots?limit=500");
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response.body()).asJsonArray();
    }
}
