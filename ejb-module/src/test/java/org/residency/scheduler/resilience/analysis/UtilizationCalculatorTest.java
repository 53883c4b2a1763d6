package org.residency.scheduler.resilience.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Utilization of {@link OneWeekProgram}, each figure worked out by hand in the comments. */
class UtilizationCalculatorTest {

    private static final double EXACT = 1e-9;
    private final UtilizationCalculator calculator = new UtilizationCalculator();

    private WeekUtilization onlyWeek(OneWeekProgram p) {
        List<WeekUtilization> weeks = calculator.weeks(p.program(), p.schedule());
        assertEquals(1, weeks.size());
        return weeks.get(0);
    }

    @Test
    void everyoneThereGivesTheHandWorkedFigures() {
        WeekUtilization week = onlyWeek(new OneWeekProgram());
        assertEquals(14, week.staffed(), EXACT, "WARD: 1 x 2 sessions x 7 days");
        assertEquals(4, week.clinic(), EXACT, "only C owes clinic: A and B hold calls");
        assertEquals(5, week.precepting(), EXACT, "Mon AM, Tue AM, Wed AM, Wed PM, Thu AM: one faculty each");
        assertEquals(14, week.callNights(), EXACT, "7 nights x 12 h / 6 h");
        assertEquals(37, week.demand(), EXACT);
        assertEquals(3 * 80.0 / 6 + 4, week.capacity(), EXACT, "3 residents x 80 h / 6 h + F's 4 sessions");
        assertEquals(37 / 44.0, week.rate(), EXACT);
        assertEquals(1.0, week.facultyAvailability(), EXACT);
        assertEquals(LocalDate.parse("2026-07-12"), week.last());
    }

    @Test
    void anAbsenceRemovesTheDaysFromCapacityAndTheQuotaFromDemand() {
        WeekUtilization week = onlyWeek(new OneWeekProgram().absent("C", "2026-07-10", "2026-07-12"));
        assertEquals(0, week.clinic(), EXACT, "a week with an absence owes no exact quota");
        assertEquals(33, week.demand(), EXACT);
        double capacity = 2 * 80.0 / 6 + 80.0 * 4 / 7 / 6 + 4;
        assertEquals(capacity, week.capacity(), EXACT);
        assertEquals(33 / capacity, week.rate(), EXACT);
    }

    @Test
    void absentFacultyLeaveOnlyThePrecepingTheirPresentWeekdaysAllow() {
        WeekUtilization week = onlyWeek(new OneWeekProgram().absent("F", "2026-07-06", "2026-07-09"));
        assertEquals(40 + 2, week.capacity(), EXACT, "F is there on Friday only: 2 sessions");
        assertEquals(0.5, week.facultyAvailability(), EXACT);
        assertEquals(37 / 42.0, week.rate(), EXACT);
    }

    @Test
    void aStaffedWeekdayRotationCountsWeekdaySessionsOnly() {
        WeekUtilization week = onlyWeek(new OneWeekProgram().clinicStaffed(1));
        assertEquals(14 + 10, week.staffed(), EXACT);
        assertEquals(47 / 44.0, week.rate(), EXACT);
    }

    @Test
    void precepingFollowsTheSupervisionRatioPerSession() {
        // A (PGY-1) and C (PGY-2) in clinic Monday AM: 1/2 + 1/4 -> 1 faculty; A alone Wednesday PM: 1/2 -> 1.
        // With A in clinic every weekday PM too, 5 more sessions of 1/2 -> 1 each.
        WeekUtilization week = onlyWeek(new OneWeekProgram()
                .residentADays(List.of("CC", "RC", "CC", "RC", "RC", "OO", "RR")));
        assertEquals(5 + 4, week.precepting(), EXACT);
    }

    @Test
    void nobodyLeftIsSaturated() {
        OneWeekProgram p = new OneWeekProgram().absent("A", OneWeekProgram.MONDAY, "2026-07-12")
                .absent("B", OneWeekProgram.MONDAY, "2026-07-12").absent("C", OneWeekProgram.MONDAY, "2026-07-12")
                .absent("F", OneWeekProgram.MONDAY, "2026-07-12");
        WeekUtilization week = onlyWeek(p);
        assertEquals(0, week.capacity(), EXACT);
        assertEquals(UtilizationCalculator.SATURATED, week.rate(), EXACT);
    }
}
