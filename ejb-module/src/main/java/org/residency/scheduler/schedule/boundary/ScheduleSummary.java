package org.residency.scheduler.schedule.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.schedule.entity.Schedule;

/**
 * What a list of schedules shows of each; times as ISO-8601 with offset. {@code status} is DRAFT, PUBLISHED or
 * ARCHIVED; who published it and when stay with the schedule after it is archived.
 */
@JsonbPropertyOrder({"id", "created", "updated", "run", "status", "publishedAt", "publishedBy", "publishReason"})
public record ScheduleSummary(String id, String created, String updated, String run, String status,
                              String publishedAt, String publishedBy, String publishReason) {

    public static ScheduleSummary of(Schedule s) {
        return new ScheduleSummary(s.getKey(), s.getCreated().toString(), s.getUpdated().toString(),
                s.getRun() == null ? null : s.getRun().getKind().name(), s.getStatus().name(),
                s.getPublishedAt() == null ? null : s.getPublishedAt().toString(), s.getPublishedBy(),
                s.getPublishReason());
    }
}
