package org.residency.scheduler.absences.control;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * small.json: the year runs 2026-07-02 .. 2026-08-26; R1..R6, F1..F3; R3 is away (vacation) 2026-08-03 ..
 * 2026-08-09 and F2 (conference) 2026-08-03 .. 2026-08-04.
 */
class AbsenceRequestChecksTest {

    private static final ProgramDocument SMALL = Fixtures.program(Fixtures.example("small.json"));

    @Test
    void aRequestInsideTheYearForAPersonOfTheProgramPasses() {
        assertEquals(List.of(), check("R1", "2026-07-06", "2026-07-10", "VACATION", null));
        assertEquals(List.of(), check("F1", "2026-08-26", "2026-08-26", "conference", "one day"));
    }

    @Test
    void theFirstAndLastDayOfTheYearAreInsideIt() {
        assertEquals(List.of(), check("R2", "2026-07-02", "2026-08-26", "LEAVE", null));
    }

    @Test
    void datesOutsideTheYearAreRefusedOnTheirField() {
        assertEquals(List.of("start"), fields(check("R1", "2026-07-01", "2026-07-03", "VACATION", null)));
        assertEquals(List.of("end"), fields(check("R1", "2026-08-20", "2026-08-27", "VACATION", null)));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        List<FieldError> errors = check("R1", "2026-07-10", "2026-07-09", "VACATION", null);
        assertEquals(List.of("end"), fields(errors));
        assertTrue(errors.get(0).message().contains("before the start"), errors.toString());
    }

    @Test
    void missingOrMalformedFieldsAreEachNamed() {
        assertEquals(List.of("person", "start", "end", "kind"), fields(check(null, "", "10/07/2026", " ", null)));
        assertEquals(List.of("person"), fields(check("R9", "2026-07-06", "2026-07-10", "VACATION", null)));
        assertEquals(List.of("kind", "note"), fields(check("R1", "2026-07-06", "2026-07-10", "x".repeat(65),
                "y".repeat(2001))));
    }

    @Test
    void anOverlapWithAnAbsenceOfTheSamePersonIsRefused() {
        List<FieldError> errors = check("R3", "2026-08-09", "2026-08-12", "SICK", null);
        assertEquals(List.of("start"), fields(errors));
        assertTrue(errors.get(0).message().contains("2026-08-03"), errors.toString());
        assertEquals(List.of("start"), fields(check("R3", "2026-07-30", "2026-08-20", "SICK", null)));
    }

    @Test
    void touchingOrOtherPeoplesAbsencesDoNotOverlap() {
        assertEquals(List.of(), check("R3", "2026-08-10", "2026-08-12", "SICK", null));
        assertEquals(List.of(), check("R3", "2026-07-20", "2026-08-02", "SICK", null));
        assertEquals(List.of(), check("R1", "2026-08-03", "2026-08-09", "SICK", null));
    }

    @Test
    void overlapAloneAnswersForApprovalTime() {
        assertTrue(AbsenceRequestChecks.overlap(SMALL, "F2", LocalDate.of(2026, 8, 4), LocalDate.of(2026, 8, 5))
                .isPresent());
        assertTrue(AbsenceRequestChecks.overlap(SMALL, "F2", LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 6))
                .isEmpty());
    }

    private static List<FieldError> check(String person, String start, String end, String kind, String note) {
        return AbsenceRequestChecks.check(SMALL, person, start, end, kind, note);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
