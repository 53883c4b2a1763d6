package org.residency.scheduler.resilience.analysis;

import java.util.List;

/**
 * A program's defense level and every finding that raised it there or below it.
 *
 * @param level  the level: the highest any finding calls for
 * @param causes one sentence per finding that raised the level above GREEN, highest first
 */
public record DefenseAssessment(DefenseLevel level, List<String> causes) {

    public DefenseAssessment {
        causes = List.copyOf(causes);
    }

    public String cause() {
        return causes.isEmpty() ? "no finding above GREEN" : String.join("; ", causes);
    }
}
