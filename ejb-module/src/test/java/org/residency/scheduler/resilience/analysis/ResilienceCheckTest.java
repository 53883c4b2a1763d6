package org.residency.scheduler.resilience.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The horizon is moved into the year and cut at its end; the check combines utilization and violations. */
class ResilienceCheckTest {

    @Test
    void aDateOutsideTheYearMovesToItsNearestDay() {
        OneWeekProgram p = new OneWeekProgram();
        ResilienceCheck before = ResilienceCheck.of(p.program(), p.schedule(), LocalDate.parse("2026-01-01"), 28,
                UtilizationThresholds.DEFAULTS, ContingencyCounts.NONE);
        assertEquals(LocalDate.parse(OneWeekProgram.MONDAY), before.from());
        assertEquals(LocalDate.parse("2026-07-12"), before.to(), "cut at the end of the one-week year");
        ResilienceCheck after = ResilienceCheck.of(p.program(), p.schedule(), LocalDate.parse("2027-01-01"), 28,
                UtilizationThresholds.DEFAULTS, ContingencyCounts.NONE);
        assertEquals(LocalDate.parse("2026-07-12"), after.from());
        assertEquals(1, after.horizon().weeks().size());
    }

    @Test
    void theHandMadeScheduleBreaksRulesAndIsThereforeRed() {
        // It was written for the arithmetic, not for the rules: calls on consecutive nights, no post-call days.
        OneWeekProgram p = new OneWeekProgram();
        ResilienceCheck check = ResilienceCheck.of(p.program(), p.schedule(), LocalDate.parse(OneWeekProgram.MONDAY),
                28, UtilizationThresholds.DEFAULTS, ContingencyCounts.NONE);
        assertEquals(37 / 44.0, check.horizon().rate(), 1e-9);
        assertEquals(DefenseLevel.RED, check.assessment().level());
        assertEquals("the published schedule has " + check.hardViolations() + " hard rule violations",
                check.assessment().causes().get(0));
    }
}
