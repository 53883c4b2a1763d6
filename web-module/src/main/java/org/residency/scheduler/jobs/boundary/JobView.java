package org.residency.scheduler.jobs.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.jobs.entity.Job;

import java.io.StringReader;
import java.time.OffsetDateTime;

/** A job as REST clients see it, with its result inlined as JSON. */
@JsonbPropertyOrder({"id", "kind", "state", "progress", "programId", "scheduleId", "attempts",
        "createdAt", "startedAt", "finishedAt", "resultLink", "result", "error"})
public record JobView(long id, String kind, String state, int progress, Long programId, String scheduleId,
                      int attempts, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                      String resultLink, JsonValue result, String error) {

    public static JobView of(Job job) {
        return new JobView(job.getId(), job.getKind().name(), job.getState().name(), job.getProgress(),
                job.getProgramId(), job.getScheduleKey(), job.getAttempts(), job.getCreatedAt(),
                job.getStartedAt(), job.getFinishedAt(), job.getResultLink(), json(job.getResult()), job.getError());
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
