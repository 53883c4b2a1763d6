package org.residency.scheduler.lifecycle.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.schedule.boundary.ScheduleSummary;

import java.util.Map;

/**
 * A schedule as the publishing page shows it: the summary, its hard violations now (total and per rule,
 * rules with none left out), and how many cells differ from the published schedule ({@code null} when
 * the program has none, 0 for the published one itself).
 */
@JsonbPropertyOrder({"schedule", "hardViolations", "violationsByRule", "published", "changedCells"})
public record DraftView(ScheduleSummary schedule, int hardViolations, Map<String, Integer> violationsByRule,
                        String published, Integer changedCells) {

    public String id() {
        return schedule.id();
    }
}
