package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test domain's Redis stopped: schedules are still read (from PostgreSQL) and the misses are counted. */
class RedisOutageIT extends DeployedApplication {

    @Test
    void readsAreServedFromTheDatabaseWhileRedisIsDown() {
        Generated generated = Generated.of(6, 3, 31, 2);
        long id = generated.store(api);
        String path = "/api/programs/" + id + "/schedules/cached";
        assertEquals(201, api.put(path, generated.scheduleText()).statusCode());
        String stored = api.get(path).body();
        double hits = TestDomain.counter(api, "schedule_cache_hits");
        assertEquals(stored, api.get(path).body());
        assertTrue(TestDomain.counter(api, "schedule_cache_hits") > hits, "the second read came from Redis");

        TestDomain.stopRedis();
        try {
            double misses = TestDomain.counter(api, "schedule_cache_misses");
            double errors = TestDomain.counter(api, "schedule_cache_errors");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> read = api.get(path);
                assertEquals(200, read.statusCode(), read.body());
                assertEquals(stored, read.body(), "the same document, from the database");
            }
            assertTrue(TestDomain.counter(api, "schedule_cache_misses") >= misses + 3, "counted as misses");
            assertTrue(TestDomain.counter(api, "schedule_cache_errors") >= errors + 3, "and as cache errors");

            HttpResponse<String> ready = api.get("/health/ready");
            assertEquals(200, ready.statusCode(), "still ready: the cache is optional: " + ready.body());
            JsonObject redis = TestDomain.check(Api.json(ready.body()).asJsonObject(), "redis").orElseThrow();
            assertTrue(redis.getJsonObject("data").getString("cache").startsWith("unreachable"), redis::toString);
        } finally {
            TestDomain.startRedis();
        }

        // Redis came back empty: one read fills it again, the next is a hit.
        JsonObject on = TestDomain.awaitReadiness(api, h -> TestDomain.check(h, "redis")
                .map(c -> "on".equals(c.getJsonObject("data").getString("cache"))).orElse(false), Duration.ofSeconds(30));
        assertEquals("on", TestDomain.check(on, "redis").orElseThrow().getJsonObject("data").getString("cache"));
        assertEquals(stored, api.get(path).body());
        double again = TestDomain.counter(api, "schedule_cache_hits");
        assertEquals(stored, api.get(path).body());
        assertTrue(TestDomain.counter(api, "schedule_cache_hits") > again, "cached again after Redis returned");
    }
}
