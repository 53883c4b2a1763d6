package org.residency.scheduler.rules;

/**
 * What every rule reads: the indexed program, the indexed schedule and the calendar of the year.
 * Built once per validation so that the rules only walk arrays.
 */
public record RuleContext(ProgramIndex program, ScheduleView schedule) {

    public YearCalendar calendar() {
        return program.calendar();
    }
}
