package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;

import java.time.LocalDate;
import java.util.List;

/**
 * One resilience check of a schedule: utilization of every week, the horizon's summary, the hard
 * violations, and the defense level those and the latest contingency findings call for.
 *
 * @param from the first day of the horizon: the given date, or the year's first day when the date lies
 *             before the year, or the last week when it lies after
 */
public record ResilienceCheck(LocalDate from, LocalDate to, List<WeekUtilization> year, UtilizationSummary horizon,
                              int hardViolations, DefenseAssessment assessment) {

    public static ResilienceCheck of(ProgramDocument program, ScheduleDocument schedule, LocalDate date,
                                     int horizonDays, UtilizationThresholds thresholds, ContingencyCounts contingency) {
        AcademicYear year = AcademicYear.of(program);
        LocalDate from = year.clamp(date);
        LocalDate to = year.end(from, horizonDays);
        List<WeekUtilization> weeks = new UtilizationCalculator().weeks(program, schedule);
        UtilizationSummary horizon = UtilizationSummary.of(weeks, from, to);
        int violations = new ScheduleValidator().validate(program, schedule).violations().size();
        DefenseAssessment assessment = new DefensePolicy(thresholds).assess(horizon, contingency, violations);
        return new ResilienceCheck(from, to, weeks, horizon, violations, assessment);
    }
}
