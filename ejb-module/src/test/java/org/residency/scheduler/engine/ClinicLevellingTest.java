package org.residency.scheduler.engine;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The last pass that evens out clinic totals within a PGY level. */
class ClinicLevellingTest {

    private static final ScheduleValidator VALIDATOR = new ScheduleValidator();

    @Test
    void aResidentOneSessionShortIsEvenedOutAndTheYearStaysValid() {
        ProgramDocument program = EngineFixtures.example("small");
        EngineResult.Solved solved = EngineFixtures.solved(new ScheduleEngine().generate(program,
                EngineFixtures.options(30).withDeterministic(true), ProgressListener.NONE, Cancellation.none()));
        assertEquals(0.0, solved.metrics().get("clinicSpread"));
        Instance in = new Instance(program);
        Timeline year = Timeline.of(in, solved.schedule());
        assertNull(ClinicLevelling.level(in, year), "nothing to move in an even year");

        Timeline uneven = year.copy();
        assertTrue(takeOneClinicSessionAway(in, uneven), "a resident with a clinic session in a week with a call");
        ValidationReport before = VALIDATOR.validate(program, uneven.toDocument());
        assertTrue(before.ok(), () -> "still valid with one session fewer: " + before.counts());
        assertEquals(1, before.soft().clinicSpread());

        Timeline levelled = ClinicLevelling.level(in, uneven);
        assertNotNull(levelled);
        ValidationReport after = VALIDATOR.validate(program, levelled.toDocument());
        assertTrue(after.ok(), () -> "levelled year: " + after.counts());
        assertEquals(0, after.soft().clinicSpread());
        assertEquals(1, VALIDATOR.validate(program, uneven.toDocument()).soft().clinicSpread(),
                "the input year is not changed");
    }

    /** C to R for a resident of a level with others, in a week holding their call (the weekly rule is "at most" there). */
    private static boolean takeOneClinicSessionAway(Instance in, Timeline t) {
        for (int r = 0; r < in.residents(); r++) {
            int level = in.pgy[r];
            long peers = java.util.stream.IntStream.range(0, in.residents()).filter(o -> in.pgy[o] == level).count();
            if (peers < 2) {
                continue;
            }
            for (Instance.Week week : in.weeks) {
                boolean call = false;
                for (int d = week.first(); d < week.end(); d++) {
                    call |= t.onCall(r, d);
                }
                for (int k = 2 * week.first(); call && k < 2 * week.end(); k++) {
                    if (t.residentCode[r][k] == 'C') {
                        t.residentCode[r][k] = 'R';
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
