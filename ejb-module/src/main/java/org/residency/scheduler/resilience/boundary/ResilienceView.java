package org.residency.scheduler.resilience.boundary;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.resilience.analysis.LevelChange;
import org.residency.scheduler.resilience.analysis.WeekUtilization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A program's resilience as {@code GET /api/programs/{id}/resilience} shows it.
 *
 * @param contingency the latest analysis of this schedule, {@code null} when none was run
 */
@JsonbPropertyOrder({"programId", "scheduleId", "from", "to", "level", "utilization", "weeks", "levelChanges",
        "contingency", "fallbacks"})
public record ResilienceView(long programId, String scheduleId, LocalDate from, LocalDate to, Level level,
                             Utilization utilization, List<WeekUtilization> weeks, List<LevelChange> levelChanges,
                             Contingency contingency, List<FallbackView> fallbacks) {

    /** The defense level, the response it calls for and the findings behind it. */
    public record Level(int number, String name, String response, List<String> causes, int hardViolations) {
    }

    /** The horizon's pooled rate, its peak week's rate and start, and the faculty availability this week. */
    public record Utilization(double rate, double peakRate, LocalDate peakWeek, double facultyAvailability) {
    }

    /**
     * @param stale  whether the schedule changed after the analysis (its findings then do not count in the level)
     * @param report the ranked N-1 ({@code single}) and N-2 ({@code pairs}) tables
     */
    public record Contingency(long id, OffsetDateTime computedAt, String scheduleId, boolean stale, LocalDate from,
                              LocalDate to, int criticalPeople, int criticalPairs, long millis, JsonValue report) {
    }
}
