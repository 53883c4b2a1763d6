package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fault tests' levers on the test domain (scripts/lib/test-domain.sh): its database relay (stopping it is
 * "PostgreSQL stopped" for the application, while the shared PostgreSQL runs on for everybody else), its own
 * Redis, and its JVM. Every test that pulls one puts it back in a finally block, so the next class finds the
 * domain as it was.
 */
final class TestDomain {

    private static final String SCRIPT = "scripts/lib/test-domain.sh";

    private TestDomain() {
    }

    static void stopDatabase() {
        run("db-relay", "stop");
    }

    static void startDatabase() {
        run("db-relay", "start");
    }

    static void stopRedis() {
        run("redis", "stop");
    }

    static void startRedis() {
        run("redis", "start");
    }

    /** kill -9 of the server's JVM, as a power cut or the OOM killer would. */
    static void killServer() throws InterruptedException {
        long pid = Long.parseLong(read(domainDir().resolve("config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no server process " + pid));
        server.destroyForcibly();
        server.onExit().join();
        Thread.sleep(500);
    }

    /** Starts the killed domain again (same environment, same deployment) and waits until it is ready. */
    static void resume(Api api, Duration within) {
        run("resume");
        JsonObject ready = awaitReadiness(api, h -> "UP".equals(h.getString("status", "")), within);
        assertEquals("UP", ready == null ? "no answer" : ready.getString("status"), "the restarted domain is ready: " + ready);
    }

    /** Polls /health/ready until its JSON satisfies the condition; returns the last answer, null when none came. */
    static JsonObject awaitReadiness(Api api, Predicate<JsonObject> condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = api.get("/health/ready");
                if (response.body().startsWith("{")) {
                    last = Api.json(response.body()).asJsonObject();
                    if (condition.test(last)) {
                        return last;
                    }
                }
            } catch (UncheckedIOException notListening) {
                // the server is still starting
            }
            sleep(500);
        }
        return last;
    }

    /** The named check of a health answer, if present. */
    static Optional<JsonObject> check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name"))).findFirst();
    }

    /** A counter of /metrics summed over its tags (0 when not exported yet). */
    static double counter(Api api, String name) {
        return api.get("/metrics").body().lines().filter(l -> l.startsWith(name + "_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static Path domainDir() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "residency-test");
    }

    private static void run(String... args) {
        Scripts.Result result = Scripts.run(Map.of(), SCRIPT, args);
        if (result.status() != 0) {
            throw new IllegalStateException(SCRIPT + " " + String.join(" ", args) + ": " + result);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
