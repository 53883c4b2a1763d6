package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.engine.RepairRequest;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ProgramDocument.Absence;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.residency.scheduler.generation.control.SolveParametersTest.fields;

/** small.json's year runs 2026-07-02 .. 2026-08-26 (2 blocks of 28 days); R1..R6 and F1..F3. */
class RepairParametersTest {

    private static final ProgramDocument SMALL = Fixtures.program(Fixtures.example("small.json"));
    private static final SolveLimits LIMITS = new SolveLimits(2, 60, 3600);
    private static final LocalDate IN_THE_YEAR = LocalDate.of(2026, 7, 20);

    @Test
    void anAbsenceRepairFreezesBeforeTodayByDefault() {
        Absence week = new Absence("R2", "2026-07-27", "2026-08-02", "SICK");
        RepairParameters p = of(week, null, null, IN_THE_YEAR);
        assertEquals(IN_THE_YEAR, p.freezeBefore());
        assertEquals(RepairRequest.absence(week, IN_THE_YEAR), p.request());
        assertEquals(60, p.solve().timeLimitSeconds());
    }

    @Test
    void beforeTheYearBeginsTheDefaultFreezeIsItsFirstDay() {
        RepairParameters p = of(null, "F1", null, LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2026, 7, 2), p.freezeBefore());
        assertEquals(RepairRequest.removal("F1", LocalDate.of(2026, 7, 2)), p.request());
    }

    @Test
    void afterTheYearTheFreezeDateMustBeGiven() {
        Absence a = new Absence("R2", "2026-08-10", "2026-08-12", "SICK");
        assertEquals(List.of("freezeBefore"), fields(() -> of(a, null, null, LocalDate.of(2026, 11, 27))));
        assertEquals(LocalDate.of(2026, 8, 1), of(a, null, "2026-08-01", LocalDate.of(2026, 11, 27)).freezeBefore());
    }

    @Test
    void unknownPeopleAreNamed() {
        assertEquals(List.of("absence.person"),
                fields(() -> of(new Absence("X9", "2026-08-10", "2026-08-12", "SICK"), null, "2026-07-02", IN_THE_YEAR)));
        assertEquals(List.of("removedPerson"), fields(() -> of(null, "X9", "2026-07-02", IN_THE_YEAR)));
    }

    @Test
    void datesMustBeInTheYearAndInOrder() {
        assertEquals(List.of("absence.start"),
                fields(() -> of(new Absence("R1", "2026-07-01", "2026-07-05", "SICK"), null, "2026-07-02", IN_THE_YEAR)));
        assertEquals(List.of("absence.end"),
                fields(() -> of(new Absence("R1", "2026-08-20", "2026-08-27", "SICK"), null, "2026-07-02", IN_THE_YEAR)));
        assertEquals(List.of("absence.end"),
                fields(() -> of(new Absence("R1", "2026-08-12", "2026-08-10", "SICK"), null, "2026-07-02", IN_THE_YEAR)));
        assertEquals(List.of("absence.start", "absence.end"),
                fields(() -> of(new Absence("R1", "12 Aug", null, "SICK"), null, "2026-07-02", IN_THE_YEAR)));
        assertEquals(List.of("freezeBefore"),
                fields(() -> of(new Absence("R1", "2026-08-10", "2026-08-12", "SICK"), null, "2027-01-01", IN_THE_YEAR)));
        assertEquals(List.of("absence.kind"),
                fields(() -> of(new Absence("R1", "2026-08-10", "2026-08-12", " "), null, "2026-07-02", IN_THE_YEAR)));
    }

    @Test
    void anAbsenceBeforeTheFreezeIsStillAFactToRepair() {
        Absence past = new Absence("R1", "2026-07-10", "2026-07-12", "SICK");
        assertEquals(past, of(past, null, "2026-07-20", IN_THE_YEAR).absence());
    }

    @Test
    void exactlyOneOfAbsenceAndRemovedPerson() {
        assertEquals(List.of("absence"), fields(() -> of(null, null, "2026-07-02", IN_THE_YEAR)));
        assertEquals(List.of("absence"), fields(() ->
                of(new Absence("R1", "2026-08-10", "2026-08-12", "SICK"), "R2", "2026-07-02", IN_THE_YEAR)));
    }

    @Test
    void solveLimitsApplyToRepairsToo() {
        assertEquals(List.of("timeLimitSeconds"), fields(() -> RepairParameters.of(null, "R1", "2026-07-02", 3601,
                null, null, SMALL, LIMITS, IN_THE_YEAR)));
    }

    @Test
    void theStoredJsonReadsBackTheSame() {
        RepairParameters absence = of(new Absence("R2", "2026-07-27", "2026-08-02", "SICK"), null, "2026-07-21", IN_THE_YEAR);
        RepairParameters removal = of(null, "R5", "2026-07-21", IN_THE_YEAR);
        for (RepairParameters p : List.of(absence, removal)) {
            String json = p.toJson().build().toString();
            assertEquals(p, RepairParameters.fromJson(Json.createReader(new StringReader(json)).readObject()));
        }
        assertNull(removal.absence());
    }

    private static RepairParameters of(Absence absence, String removed, String freeze, LocalDate today) {
        return RepairParameters.of(absence, removed, freeze, null, null, null, SMALL, LIMITS, today);
    }
}
