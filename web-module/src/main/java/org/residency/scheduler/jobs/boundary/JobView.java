package org.residency.scheduler.jobs.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.jobs.entity.Job;

import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A job as REST clients see it, with its parameters and result inlined as JSON. For solver jobs:
 * {@code stage} and {@code bestObjective} from the engine's latest report, {@code elapsedMillis} since
 * it started (until it finished), {@code producedScheduleId} the schedule it stored.
 */
@JsonbPropertyOrder({"id", "kind", "state", "progress", "stage", "bestObjective", "elapsedMillis", "programId",
        "scheduleId", "producedScheduleId", "cancelRequested", "attempts", "createdAt", "startedAt", "finishedAt",
        "parameters", "resultLink", "result", "error"})
public record JobView(long id, String kind, String state, int progress, String stage, Long bestObjective,
                      Long elapsedMillis, Long programId, String scheduleId, String producedScheduleId,
                      boolean cancelRequested, int attempts, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, JsonValue parameters, String resultLink, JsonValue result,
                      String error) {

    public static JobView of(Job job) {
        return new JobView(job.getId(), job.getKind().name(), job.getState().name(), job.getProgress(),
                job.getStage(), job.getBestObjective(), elapsed(job), job.getProgramId(), job.getScheduleKey(),
                job.getProducedSchedule(), job.isCancelRequested(), job.getAttempts(), job.getCreatedAt(),
                job.getStartedAt(), job.getFinishedAt(), json(job.getParameters()), job.getResultLink(),
                json(job.getResult()), job.getError());
    }

    /** The same view without a result that carries a schedule document (a draft), for readers of published ones only. */
    public JobView withoutSchedule() {
        boolean holdsSchedule = result instanceof jakarta.json.JsonObject o && o.containsKey("schedule");
        return !holdsSchedule ? this : new JobView(id, kind, state, progress, stage, bestObjective, elapsedMillis,
                programId, scheduleId, producedScheduleId, cancelRequested, attempts, createdAt, startedAt, finishedAt,
                parameters, resultLink, jakarta.json.Json.createObjectBuilder((jakarta.json.JsonObject) result)
                .remove("schedule").build(), error);
    }

    /** Wall-clock time from start to finish (or to now while running); null before it starts. */
    private static Long elapsed(Job job) {
        if (job.getStartedAt() == null) {
            return null;
        }
        OffsetDateTime end = job.getFinishedAt() != null ? job.getFinishedAt() : OffsetDateTime.now(ZoneOffset.UTC);
        return Math.max(0, Duration.between(job.getStartedAt(), end).toMillis());
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
