package org.residency.scheduler.jobs.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.residency.scheduler.jobs.entity.JobKind;

import java.io.StringReader;

/**
 * The job queue's message: {@code {"jobId": 12, "kind": "VALIDATE_SCHEDULE"}} as a JMS text
 * message. Everything else about the job is in its row, so a message is never stale.
 */
public record JobMessage(long jobId, JobKind kind) {

    public String toJson() {
        return Json.createObjectBuilder().add("jobId", jobId).add("kind", kind.name()).build().toString();
    }

    /** @throws MalformedJobMessageException when the text is not such a message */
    public static JobMessage parse(String text) {
        if (text == null) {
            throw new MalformedJobMessageException("empty message");
        }
        JsonObject json = object(text);
        if (!(json.get("jobId") instanceof JsonNumber id) || !id.isIntegral()) {
            throw new MalformedJobMessageException("jobId must be an integer: " + abbreviate(text));
        }
        try {
            return new JobMessage(id.longValueExact(), JobKind.valueOf(json.getString("kind")));
        } catch (ArithmeticException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new MalformedJobMessageException("not a job message (" + e.getMessage() + "): " + abbreviate(text));
        }
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new MalformedJobMessageException("not a JSON object: " + abbreviate(text));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
