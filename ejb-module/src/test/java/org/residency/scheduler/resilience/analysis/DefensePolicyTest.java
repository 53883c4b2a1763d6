package org.residency.scheduler.resilience.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Levels from utilization on the seed's and on configured thresholds, raised by contingency and violations. */
class DefensePolicyTest {

    private final DefensePolicy seed = new DefensePolicy(UtilizationThresholds.DEFAULTS);

    @Test
    void theSeedThresholdsSplitTheRatesAsDocumented() {
        UtilizationThresholds t = UtilizationThresholds.DEFAULTS;
        assertEquals(DefenseLevel.GREEN, t.levelOf(0.6999));
        assertEquals(DefenseLevel.YELLOW, t.levelOf(0.70));
        assertEquals(DefenseLevel.ORANGE, t.levelOf(0.80));
        assertEquals(DefenseLevel.RED, t.levelOf(0.9499));
        assertEquals(DefenseLevel.BLACK, t.levelOf(0.95));
    }

    @Test
    void thresholdsMustRise() {
        assertThrows(IllegalArgumentException.class, () -> new UtilizationThresholds(0.8, 0.7, 0.9, 0.95));
    }

    @Test
    void theOneWeekProgramIsOrangeOnTheSeedThresholdsAndYellowOnLooserOnes() {
        UtilizationSummary summary = summary(new OneWeekProgram());
        DefenseAssessment assessment = seed.assess(summary, ContingencyCounts.NONE, 0);
        assertEquals(DefenseLevel.ORANGE, assessment.level(), "37 / 44 = 0.84");
        assertEquals(List.of("utilization 0.84 in the week of 2026-07-06 (ORANGE from 0.80)"), assessment.causes());

        DefensePolicy loose = new DefensePolicy(new UtilizationThresholds(0.75, 0.85, 0.95, 0.99));
        assertEquals(DefenseLevel.YELLOW, loose.assess(summary, ContingencyCounts.NONE, 0).level());
    }

    @Test
    void aCriticalPersonRaisesAGreenProgramToOrangeAndViolationsToRed() {
        UtilizationSummary calm = summary(new OneWeekProgram());
        DefensePolicy strict = new DefensePolicy(new UtilizationThresholds(0.90, 0.92, 0.94, 0.96));
        assertEquals(DefenseLevel.GREEN, strict.assess(calm, ContingencyCounts.NONE, 0).level());
        assertTrue(strict.assess(calm, ContingencyCounts.NONE, 0).causes().isEmpty());
        assertEquals(DefenseLevel.YELLOW, strict.assess(calm, new ContingencyCounts(0, 2), 0).level());
        assertEquals(DefenseLevel.ORANGE, strict.assess(calm, new ContingencyCounts(1, 0), 0).level());
        assertEquals(DefenseLevel.RED, strict.assess(calm, new ContingencyCounts(3, 0), 0).level());
        DefenseAssessment broken = strict.assess(calm, new ContingencyCounts(1, 0), 2);
        assertEquals(DefenseLevel.RED, broken.level());
        assertEquals(List.of("the published schedule has 2 hard rule violations",
                "1 person the schedule cannot lose (N-1)"), broken.causes());
    }

    @Test
    void overCapacityIsBlack() {
        assertEquals(DefenseLevel.BLACK, seed.assess(summary(new OneWeekProgram().clinicStaffed(1)),
                ContingencyCounts.NONE, 0).level());
    }

    @Test
    void aChangeIsRecordedOnlyWhenTheLevelMoves() {
        OffsetDateTime at = OffsetDateTime.of(2026, 7, 6, 2, 0, 0, 0, ZoneOffset.UTC);
        DefenseAssessment orange = new DefenseAssessment(DefenseLevel.ORANGE, List.of("utilization 0.84"));
        assertTrue(LevelChange.between(DefenseLevel.ORANGE, orange, at).isEmpty());
        LevelChange up = LevelChange.between(DefenseLevel.GREEN, orange, at).orElseThrow();
        assertEquals(new LevelChange(DefenseLevel.GREEN, DefenseLevel.ORANGE, at, "utilization 0.84"), up);
        assertTrue(up.rise());
        LevelChange first = LevelChange.between(null, new DefenseAssessment(DefenseLevel.GREEN, List.of()), at)
                .orElseThrow();
        assertFalse(first.rise());
        assertEquals("no finding above GREEN", first.cause());
    }

    private static UtilizationSummary summary(OneWeekProgram p) {
        List<WeekUtilization> weeks = new UtilizationCalculator().weeks(p.program(), p.schedule());
        return UtilizationSummary.of(weeks, LocalDate.parse(OneWeekProgram.MONDAY), LocalDate.parse("2026-08-02"));
    }
}
