package org.residency.scheduler.resilience.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Utilization over a horizon: the weeks that overlap it, their pooled rate (sum of demand / sum of
 * capacity) and the peak week, which decides the level.
 */
public record UtilizationSummary(LocalDate from, LocalDate to, List<WeekUtilization> weeks, double rate,
                                 WeekUtilization peak, double facultyAvailability) {

    public UtilizationSummary {
        weeks = List.copyOf(weeks);
    }

    /** The weeks of {@code year} that overlap {@code from .. to} (inclusive); none when the range misses the year. */
    public static UtilizationSummary of(List<WeekUtilization> year, LocalDate from, LocalDate to) {
        List<WeekUtilization> inside = year.stream()
                .filter(w -> !w.last().isBefore(from) && !w.first().isAfter(to)).toList();
        double demand = inside.stream().mapToDouble(WeekUtilization::demand).sum();
        double capacity = inside.stream().mapToDouble(WeekUtilization::capacity).sum();
        double rate = capacity > 0 ? Math.min(UtilizationCalculator.SATURATED, demand / capacity)
                : demand > 0 ? UtilizationCalculator.SATURATED : 0;
        WeekUtilization peak = inside.stream().max(Comparator.comparingDouble(WeekUtilization::rate)).orElse(null);
        double availability = inside.isEmpty() ? 1.0 : inside.get(0).facultyAvailability();
        return new UtilizationSummary(from, to, inside, rate, peak, availability);
    }

    public boolean empty() {
        return weeks.isEmpty();
    }
}
