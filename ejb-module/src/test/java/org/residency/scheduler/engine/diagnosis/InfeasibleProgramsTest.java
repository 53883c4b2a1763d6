package org.residency.scheduler.engine.diagnosis;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.Fixtures;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One hand-made infeasible program per counting argument, each a small change to the shared
 * {@code examples/small.json} (6 residents: R1, R2 PGY-1 fixed to ORIENTATION in block 1; R3, R4 PGY-2;
 * R5, R6 PGY-3, R5 fixed to INPATIENT in block 2; 2 blocks of 28 days from Thursday 2026-07-02).
 * Rotation indexes: 0 ORIENTATION, 1 INPATIENT, 2 OB, 3 PEDS, 4 ICU, 5 OUTPATIENT, 6 ELECTIVE.
 */
class InfeasibleProgramsTest {

    private static List<Reason> diagnose(UnaryOperator<JsonPatchBuilder> change) {
        JsonObject program = Fixtures.patch(Fixtures.example("small.json"), change);
        return ProgramDiagnosis.check(Fixtures.program(program));
    }

    private static Reason expect(List<Reason> reasons, String rule, Integer block, String... people) {
        return reasons.stream()
                .filter(r -> r.rule().equals(rule) && java.util.Objects.equals(r.block(), block)
                        && r.people().equals(List.of(people)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " reason for block " + block + " and "
                        + List.of(people) + " in " + reasons));
    }

    private static JsonObject fixed(String resident, int block, String rotation) {
        return Json.createObjectBuilder().add("resident", resident).add("block", block).add("rotation", rotation)
                .build();
    }

    private static JsonObject absence(String person, String start, String end) {
        return Json.createObjectBuilder().add("person", person).add("start", start).add("end", end)
                .add("kind", "SICK").build();
    }

    @Test
    void theExampleItselfHasNoReason() {
        assertEquals(List.of(), diagnose(p -> p));
    }

    @Test
    void curriculumMinimumsLongerThanTheYear() {
        Reason reason = expect(diagnose(p -> p.replace("/curriculum/5/minBlocks", 2)
                .replace("/curriculum/9/minBlocks", 1)), "curriculum", null, "R3", "R4");
        assertTrue(reason.message().contains("at least 3 blocks") && reason.message().contains("only 2"),
                reason.message());
    }

    @Test
    void curriculumMaximumsShorterThanTheYear() {
        Reason reason = expect(diagnose(p -> p.replace("/curriculum/11/maxBlocks", 0)
                .replace("/curriculum/12/maxBlocks", 0).replace("/curriculum/13/maxBlocks", 0)
                .replace("/curriculum/14/maxBlocks", 0)), "curriculum", null, "R5", "R6");
        assertTrue(reason.message().contains("at most 1 blocks"), reason.message());
    }

    @Test
    void fixedToARotationThatDoesNotTakeTheResidentsPgy() {
        expect(diagnose(p -> p.add("/fixed/-", fixed("R3", 2, "ORIENTATION"))), "rotation-pgy", 2, "R3");
    }

    @Test
    void fixedForMoreBlocksThanTheCurriculumAllows() {
        expect(diagnose(p -> p.add("/fixed/-", fixed("R1", 2, "ORIENTATION"))), "curriculum", 1, "R1");
    }

    @Test
    void fixedToTwoRotationsInOneBlock() {
        expect(diagnose(p -> p.add("/fixed/-", fixed("R1", 1, "INPATIENT"))), "fixed", 1, "R1");
    }

    @Test
    void tooFewResidentsMayTakeARotationForItsMinimum() {
        Reason reason = expect(diagnose(p -> p.replace("/rotations/4/minResidents", 4)),
                "rotation-capacity", 2, "R3", "R4", "R6");
        assertTrue(reason.message().contains("at least 4 residents, but only 3"), reason.message());
    }

    @Test
    void moreResidentsFixedToARotationThanItTakes() {
        expect(diagnose(p -> p.replace("/rotations/0/maxResidents", 1)), "rotation-capacity", 1, "R1", "R2");
    }

    @Test
    void residentsOfOneLevelHaveTooFewSeats() {
        Reason reason = expect(diagnose(p -> p.replace("/curriculum/12/maxBlocks", 0)
                .replace("/curriculum/13/maxBlocks", 0).replace("/curriculum/14/maxBlocks", 0)
                .replace("/curriculum/15/maxBlocks", 0).replace("/rotations/1/maxResidents", 1)
                .replace("/rotations/1/minResidents", 0)), "rotation-capacity", 1, "R5", "R6");
        assertTrue(reason.message().contains("can only go to INPATIENT"), reason.message());
    }

    @Test
    void curriculumSendsMoreResidentBlocksThanTheRotationHolds() {
        Reason reason = expect(diagnose(p -> p.replace("/curriculum/2/minBlocks", 1)
                .replace("/curriculum/6/minBlocks", 1)), "rotation-capacity", null, "R1", "R2", "R3", "R4");
        assertTrue(reason.message().contains("at least 4 blocks"), reason.message());
    }

    @Test
    void staffedRotationSmallerThanItsSessionMinimum() {
        expect(diagnose(p -> p.replace("/rotations/1/minPerSession", 7)), "session-staffing", null);
    }

    @Test
    void staffedRotationThatNoPgyMayTake() {
        expect(diagnose(p -> p.replace("/rotations/6/minPerSession", 1)
                .replace("/rotations/6/pgy", Json.createArrayBuilder().build())), "session-staffing", null);
    }

    @Test
    void staffedRotationShortOnDaysOfAbsence() {
        Reason reason = expect(diagnose(p -> p.replace("/rotations/1/minPerSession", 4)
                        .add("/absences/-", absence("R5", "2026-07-10", "2026-07-12"))),
                "session-staffing", 1, "R3", "R4", "R5", "R6");
        assertTrue(reason.message().contains("3 day(s) (2026-07-10, 2026-07-11, 2026-07-12)"), reason.message());
    }

    @Test
    void aNightWithNobodyToTakeCall() {
        Reason reason = expect(diagnose(p -> p.add("/absences/-", absence("R3", "2026-07-15", "2026-07-15"))
                        .add("/absences/-", absence("R4", "2026-07-15", "2026-07-15"))
                        .add("/absences/-", absence("R5", "2026-07-15", "2026-07-15"))
                        .add("/absences/-", absence("R6", "2026-07-15", "2026-07-15"))),
                "call-coverage", 1, "R3", "R4", "R5", "R6");
        assertTrue(reason.message().contains("2026-07-15"), reason.message());
    }

    @Test
    void tooFewCallPoolResidentsForTheNightsOfABlock() {
        Reason reason = expect(diagnose(p -> p.add("/fixed/-", fixed("R3", 1, "OUTPATIENT"))
                .add("/fixed/-", fixed("R4", 1, "OUTPATIENT"))), "call-coverage", 1, "R5", "R6");
        assertTrue(reason.message().contains("10 + 10 = 20 nights") && reason.message().contains("28 nights"),
                reason.message());
    }

    @Test
    void threeNightsInARowWithOnlyTwoResidentsToTakeThem() {
        List<Reason> reasons = diagnose(p -> p.add("/absences/-", absence("R5", "2026-07-15", "2026-07-17"))
                .add("/absences/-", absence("R6", "2026-07-15", "2026-07-17")));
        Reason reason = expect(reasons, "call-coverage", 1, "R3", "R4");
        assertTrue(reason.message().contains("2026-07-15, 2026-07-16 and 2026-07-17"), reason.message());
        assertEquals(1, reasons.size(), reasons.toString());
    }

    @Test
    void moreWeeklyClinicThanAWeekHasSessions() {
        expect(diagnose(p -> p.replace("/rotations/5/clinicPerWeek", 11)
                .add("/fixed/-", fixed("R3", 1, "OUTPATIENT"))), "clinic-weekly", 1, "R3");
    }

    @Test
    void requiredClinicSessionsOverTheClinicCapacity() {
        Reason reason = expect(diagnose(p -> p.replace("/clinic/capacityPerSession", 1)
                        .add("/fixed/-", fixed("R3", 1, "OUTPATIENT")).add("/fixed/-", fixed("R4", 1, "OUTPATIENT"))),
                "clinic-capacity", 1, "R1", "R2", "R3", "R4");
        assertTrue(reason.message().contains("12 sessions") && reason.message().contains("(10)"), reason.message());
    }

    @Test
    void noFacultyPresentToPreceptARequiredClinicWeek() {
        Reason reason = expect(diagnose(p -> p.add("/absences/-", absence("F1", "2026-07-02", "2026-07-08"))
                        .add("/absences/-", absence("F2", "2026-07-02", "2026-07-08"))
                        .add("/absences/-", absence("F3", "2026-07-02", "2026-07-08"))),
                "supervision", 1, "R1", "R2");
        assertTrue(reason.message().contains("week from 2026-07-02"), reason.message());
    }

    @Test
    void facultyWeeklyCapsTooLowForRequiredClinic() {
        expect(diagnose(p -> p.replace("/faculty/0/maxPreceptPerWeek", 0).replace("/faculty/1/maxPreceptPerWeek", 0)
                .replace("/faculty/2/maxPreceptPerWeek", 0)), "precept-weekly", 1, "R1", "R2");
    }

    @Test
    void aCallDayLongerThanTheEightyHourWindow() {
        expect(diagnose(p -> p.replace("/hours/callNight", 310)), "hours-80", null);
    }

    @Test
    void aStaffedServiceThatLeavesNoDaysOff() {
        List<Reason> reasons = diagnose(p -> p.replace("/rotations/1/minPerSession", 4));
        Reason reason = expect(reasons, "day-off-1-in-7", 1, "R3", "R4", "R5", "R6");
        assertTrue(reason.message().contains("112 resident-days") && reason.message().contains("at most 96"),
                reason.message());
    }
}
