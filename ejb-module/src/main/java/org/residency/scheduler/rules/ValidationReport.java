package org.residency.scheduler.rules;

import java.util.List;
import java.util.Map;

/**
 * The validator's verdict on one schedule.
 *
 * @param ok         true when no hard rule is broken
 * @param counts     violations per rule, every rule present, in the reference checker's order
 * @param violations every violation (not only examples), rule by rule
 * @param soft       the soft metrics
 */
public record ValidationReport(boolean ok, Map<String, Integer> counts, List<Violation> violations,
                               SoftMetrics soft) {

    /** Violations of one rule; 0 for a rule name the checker does not know. */
    public int count(String rule) {
        return counts.getOrDefault(rule, 0);
    }
}
