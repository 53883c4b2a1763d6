package org.residency.scheduler.schedule.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.schedule.entity.Schedule;

/** What a list of schedules shows of each; times as ISO-8601 with offset. */
@JsonbPropertyOrder({"id", "created", "updated", "run"})
public record ScheduleSummary(String id, String created, String updated, String run) {

    static ScheduleSummary of(Schedule s) {
        return new ScheduleSummary(s.getKey(), s.getCreated().toString(), s.getUpdated().toString(),
                s.getRun() == null ? null : s.getRun().getKind().name());
    }
}
