package org.residency.scheduler.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Poison messages on the job queue are redelivered a bounded number of times, then land in the
 * broker's dead message queue, from which the application records them: never an endless loop.
 */
class DeadLetterIT extends DeployedApplication {

    @Test
    void unreadableMessageIsDeadLettered() {
        String poison = "not a job message " + UUID.randomUUID();
        Broker.sendText("ResidencyJobQueue", poison);
        assertTrue(awaitDeadLetter(poison), "the poison message was not dead-lettered within 60 s");
    }

    @Test
    void messageNamingNoJobIsDeadLettered() {
        String orphan = "{\"jobId\": " + (8_000_000 + (int) (Math.random() * 1_000_000)) + ", \"kind\": \"VALIDATE_SCHEDULE\"}";
        Broker.sendText("ResidencyJobQueue", orphan);
        assertTrue(awaitDeadLetter(orphan), "the orphan message was not dead-lettered within 60 s");
    }

    private boolean awaitDeadLetter(String body) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonArray letters = Api.json(api.get("/api/jobs/dead-letters?limit=500").body()).asJsonArray();
            boolean found = letters.stream().map(JsonValue::asJsonObject)
                    .anyMatch(l -> body.equals(l.getString("body", null)));
            if (found) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
