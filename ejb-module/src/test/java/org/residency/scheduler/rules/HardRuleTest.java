package org.residency.scheduler.rules;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.ProgramDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a coordinator sees for single, hand-made mistakes in a tiny program. */
class HardRuleTest {

    private static final List<String> CHECK_PY_ORDER = List.of("block-coverage", "rotation-pgy", "curriculum",
            "fixed", "rotation-capacity", "session-staffing", "weekend", "clinic-weekly", "clinic-capacity",
            "supervision", "precept-weekly", "absence", "call-coverage", "call-day", "post-call", "call-spacing",
            "hours-80", "day-off-1-in-7");

    @Test
    void validScheduleHasNoViolationAndCountsEveryRuleInCheckPyOrder() {
        ValidationReport report = new TinyProgram(3, 1).validate();
        assertTrue(report.ok(), () -> report.violations().toString());
        assertEquals(CHECK_PY_ORDER, List.copyOf(report.counts().keySet()));
        assertEquals(CHECK_PY_ORDER, ScheduleValidator.ruleNames());
    }

    @Test
    void workedDayAfterCallIsOnePostCallViolationNamingResidentAndDate() {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.setDay("R1", 1, "RR");                       // R1 is on call the night of day 0
        Violation v = only(tiny.validate(), "post-call");
        assertEquals("R1", v.personId());
        assertEquals(TinyProgram.date(1), v.firstDate());
        assertTrue(v.message().contains("R1") && v.message().contains("2026-07-07") && v.message().contains("RR"),
                v.message());
        assertTrue(v.citation().contains("VI.F.2.b") && v.citation().contains("6.21.a"), v.citation());
    }

    @Test
    void absentPostCallDayIsFreeButAbsentCallIsNot() {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.absences.add(new ProgramDocument.Absence("R1", TinyProgram.date(1), TinyProgram.date(1), "VACATION"));
        tiny.setDay("R1", 1, "AA");
        assertTrue(tiny.validate().ok());
        tiny.absences.add(new ProgramDocument.Absence("R2", TinyProgram.date(4), TinyProgram.date(4), "SICK"));
        ValidationReport report = tiny.validate();                // R2 holds call and works RR on day 4
        assertEquals(2, report.count("absence"), "one for the worked day, one for the call");
    }

    @Test
    void monthOfWorkIsOneEightyHourViolationWithTheHours() {
        TinyProgram tiny = new TinyProgram(3, 1);
        for (int d = 0; d < TinyProgram.DAYS; d++) {
            tiny.setDay("R1", d, "RR");
        }
        ValidationReport report = tiny.validate();
        Violation v = only(report, "hours-80");
        // 28 days x 2 sessions x 6 h + 10 calls x 12 h
        assertEquals("R1 works 456 h in the 28 days from 2026-07-06 (limit 320)", v.message());
        assertEquals(TinyProgram.date(27), v.lastDate());
        assertEquals(1, report.count("day-off-1-in-7"));
    }

    @Test
    void callsTwoNightsApartAreOneSpacingViolation() {
        TinyProgram tiny = new TinyProgram(5, 1);                // R1 has calls on days 0, 5, 10, ...
        tiny.call.set(2, "R1");
        tiny.setDay("R1", 2, "RR");
        tiny.setDay("R3", 2, "OO");
        Violation v = only(tiny.validate(), "call-spacing");
        assertEquals(TinyProgram.date(0), v.firstDate());
        assertEquals(TinyProgram.date(2), v.lastDate());
    }

    @Test
    void uncoveredNightNamesNobody() {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.call.set(5, null);
        Violation v = only(tiny.validate(), "call-coverage");
        assertNull(v.personId());
        assertEquals("Night of 2026-07-11: nobody on call", v.message());
    }

    @Test
    void rotationNobodyIsOnStillNeedsItsStaffEverySession() {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.rotations.add(new ProgramDocument.Rotation("CLINIC", "Clinic", List.of(1), 0, 5, 1, false, 0, false));
        // 20 weekdays x 2 sessions; weekends are skipped because CLINIC does not work them
        assertEquals(40, tiny.validate().count("session-staffing"));
    }

    @Test
    void pgy1ClinicNeedsAPreceptorEverySession() {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.setDay("R2", 2, "OC");                              // Wednesday PM, nobody precepting
        assertEquals(1, tiny.validate().count("supervision"));
        tiny.setDay("F1", 2, "OP");
        assertEquals(0, tiny.validate().count("supervision"));
    }

    @Test
    void facultyPreceptingOnSaturdayBreaksWeekend() {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.setDay("F1", 5, "PO");                              // 2026-07-11 is a Saturday
        Violation v = only(tiny.validate(), "weekend");
        assertEquals("F1", v.personId());
    }

    @Test
    void requestsGrantedIsTheRoundedShareOfFreeRequestedDays() {
        TinyProgram tiny = new TinyProgram(3, 1);
        assertEquals(1.0, tiny.validate().soft().requestsGranted(), "no requests");
        tiny.requests.add(new ProgramDocument.Request("R1", TinyProgram.date(2), "OFF"));   // free
        tiny.requests.add(new ProgramDocument.Request("R1", TinyProgram.date(5), "OFF"));   // free
        tiny.requests.add(new ProgramDocument.Request("R1", TinyProgram.date(3), "OFF"));   // call day
        assertEquals(0.6667, tiny.validate().soft().requestsGranted());
    }

    private static Violation only(ValidationReport report, String rule) {
        List<Violation> of = report.violations().stream().filter(v -> v.rule().equals(rule)).toList();
        assertEquals(1, of.size(), () -> rule + ": " + report.violations());
        assertEquals(1, report.count(rule));
        assertFalse(report.ok());
        return of.get(0);
    }
}
