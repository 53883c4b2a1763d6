package org.residency.scheduler.resilience.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides the defense level. Each finding calls for a level; the highest wins:
 * <ul>
 *   <li>the peak week's utilization in the horizon, on the {@link UtilizationThresholds};</li>
 *   <li>hard violations in the published schedule: RED (it already breaks a rule);</li>
 *   <li>a person the schedule cannot lose (N-1 infeasible): ORANGE, three or more: RED;</li>
 *   <li>a pair it cannot lose while each alone can be absorbed (N-2 infeasible): YELLOW.</li>
 * </ul>
 */
public final class DefensePolicy {

    static final int MANY_CRITICAL_PEOPLE = 3;

    private final UtilizationThresholds thresholds;

    public DefensePolicy(UtilizationThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public DefenseAssessment assess(UtilizationSummary utilization, ContingencyCounts contingency, int hardViolations) {
        List<Finding> findings = new ArrayList<>();
        WeekUtilization peak = utilization.peak();
        if (peak != null) {
            DefenseLevel level = thresholds.levelOf(peak.rate());
            findings.add(new Finding(level, String.format(Locale.ROOT,
                    "utilization %.2f in the week of %s (%s from %.2f)", peak.rate(), peak.first(), level,
                    thresholds.floorOf(level))));
        }
        if (hardViolations > 0) {
            findings.add(new Finding(DefenseLevel.RED, "the published schedule has " + hardViolations
                    + " hard rule violation" + (hardViolations == 1 ? "" : "s")));
        }
        int people = contingency.criticalPeople();
        if (people > 0) {
            findings.add(new Finding(people >= MANY_CRITICAL_PEOPLE ? DefenseLevel.RED : DefenseLevel.ORANGE,
                    people + (people == 1 ? " person" : " people") + " the schedule cannot lose (N-1)"));
        }
        if (contingency.criticalPairs() > 0) {
            findings.add(new Finding(DefenseLevel.YELLOW, contingency.criticalPairs()
                    + " pair" + (contingency.criticalPairs() == 1 ? "" : "s") + " the schedule cannot lose (N-2)"));
        }
        findings.sort(Comparator.comparing(Finding::level).reversed());
        DefenseLevel level = findings.stream().map(Finding::level).reduce(DefenseLevel.GREEN, DefenseLevel::atLeast);
        return new DefenseAssessment(level, findings.stream()
                .filter(f -> f.level() != DefenseLevel.GREEN).map(Finding::text).toList());
    }

    private record Finding(DefenseLevel level, String text) {
    }
}
