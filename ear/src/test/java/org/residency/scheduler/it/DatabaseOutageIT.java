package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped and started under the running application. "Stopped" is the test domain's relay to the
 * shared PostgreSQL going away (every pooled connection cut, new ones refused), so other test runs that use
 * the same PostgreSQL are untouched (TestDomain).
 */
class DatabaseOutageIT extends DeployedApplication {

    @Test
    void readinessFollowsTheDatabaseRequestsAreRefusedClearlyAndThePoolRecovers() throws Exception {
        Generated generated = Generated.of(6, 3, 21, 2);
        long id = generated.store(api);
        String before = api.get("/api/programs/" + id).body();
        Generated later = Generated.of(6, 3, 22, 2);

        TestDomain.stopDatabase();
        try {
            JsonObject down = TestDomain.awaitReadiness(api, h -> TestDomain.check(h, "database")
                    .map(c -> "DOWN".equals(c.getString("status"))).orElse(false), Duration.ofSeconds(30));
            assertNotNull(down, "readiness answered");
            JsonObject database = TestDomain.check(down, "database").orElseThrow();
            assertEquals("DOWN", database.getString("status"), down::toString);
            assertEquals("DOWN", down.getString("status"));
            String reason = database.getJsonObject("data").getString("error");
            assertFalse(reason.isBlank() || reason.equals("none"), "a reason: " + reason);

            long started = System.nanoTime();
            HttpResponse<String> ready = api.get("/health/ready");
            assertEquals(503, ready.statusCode());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "readiness does not hang");
            assertEquals(200, api.get("/health/live").statusCode(), "alive: a restart would not bring the database back");

            assertUnavailable(api.get("/api/programs/" + id));
            assertUnavailable(api.post("/api/programs", Api.text(later.program())));
        } finally {
            TestDomain.startDatabase();
        }

        JsonObject up = TestDomain.awaitReadiness(api, h -> "UP".equals(h.getString("status")), Duration.ofSeconds(60));
        assertNotNull(up);
        assertEquals("UP", up.getString("status"), up::toString);
        assertEquals(before, api.get("/api/programs/" + id).body(), "what was stored before is there");
        assertFalse(api.get("/api/programs").body().contains(later.name()), "the refused POST stored nothing");

        // No stuck pool: more requests at once than the steady pool holds all get a connection.
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                answers.add(clients.submit(() -> api.get("/api/programs/" + id).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(201, api.post("/api/programs", Api.text(later.program())).statusCode(), "changes work again");
    }

    static void assertUnavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Api.json(response.body()).asJsonObject();
        assertEquals("/problems/database-unavailable", problem.getString("type"), problem::toString);
        assertTrue(problem.getString("detail").contains("cannot be reached"), problem::toString);
        assertEquals("5", response.headers().firstValue("Retry-After").orElse("none"));
    }
}
