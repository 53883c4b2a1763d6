package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.rules.Violation;

import java.util.List;
import java.util.Map;

/**
 * The repaired schedule checked against the program with the absence: the hard violations left (the
 * engine returns none, and the independent validator confirms it here) and the soft metrics.
 */
@JsonbPropertyOrder({"ok", "violations", "metrics"})
public record ProposalReport(boolean ok, List<Violation> violations, Map<String, Double> metrics) {
}
