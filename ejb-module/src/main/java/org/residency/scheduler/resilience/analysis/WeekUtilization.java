package org.residency.scheduler.resilience.analysis;

import java.time.LocalDate;

/**
 * Demand and capacity of one 7-day week of the year (counted from its block's first day), in
 * half-day sessions. See {@link UtilizationCalculator} for the formula.
 *
 * @param week       0-based week of the year
 * @param block      1-based block the week lies in
 * @param first      its first day
 * @param last       its last day (inclusive)
 * @param staffed    sessions that staffed rotations must have covered ({@code minPerSession} each)
 * @param clinic     continuity clinic sessions residents owe that week (their rotation's exact quota)
 * @param precepting faculty precepting sessions the supervision ratio requires for the week's clinic
 * @param callNights call nights, each weighted {@code callNight / halfDay} sessions
 * @param demand     the sum of the four
 * @param capacity   sessions the people present can give under the hour limit
 * @param rate       demand / capacity ({@link UtilizationCalculator#SATURATED} when nobody is left)
 * @param facultyAvailability share of the faculty's precepting capacity present that week (0..1)
 */
public record WeekUtilization(int week, int block, LocalDate first, LocalDate last, double staffed, double clinic,
                              double precepting, double callNights, double demand, double capacity, double rate,
                              double facultyAvailability) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
