package org.residency.scheduler.format;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.format.Fixtures.example;
import static org.residency.scheduler.format.Fixtures.patch;
import static org.residency.scheduler.format.Fixtures.program;

class ProgramChecksTest {

    private static final JsonObject SMALL = example("small.json");

    @Test
    void examplesAndGeneratedProgramsPass() {
        assertEquals(List.of(), ProgramChecks.check(program(SMALL)));
        assertEquals(List.of(), ProgramChecks.check(program(example("realistic.json"))));
        assertEquals(List.of(), ProgramChecks.check(program(Fixtures.resource("generated-30.json"))));
    }

    @Test
    void optionalPartsMayBeAbsent() {
        JsonObject bare = patch(SMALL, p -> p.remove("/name").remove("/fixed").remove("/absences")
                .remove("/requests").remove("/supervision").replace("/hours/halfDay", Json.createValue(new java.math.BigDecimal("6.5"))));
        assertEquals(List.of(), ProgramChecks.check(program(bare)));
    }

    static Stream<Arguments> badPrograms() {
        return Stream.of(
                bad("program.format", p -> p.replace("/format", "residency-program/2")),
                bad("program.start", p -> p.replace("/start", "2026-13-01")),
                bad("program.start", p -> p.remove("/start")),
                bad("program.blocks", p -> p.replace("/blocks", 0)),
                bad("program.blockDays", p -> p.replace("/blockDays", -28)),
                bad("program.hours", p -> p.remove("/hours")),
                bad("program.hours.halfDay", p -> p.replace("/hours/halfDay", -1)),
                bad("program.hours.callNight", p -> p.remove("/hours/callNight")),
                bad("program.residents", p -> p.remove("/residents")),
                bad("program.residents[3].pgy", p -> p.replace("/residents/3/pgy", 4)),
                bad("program.residents[2].pgy", p -> p.replace("/residents/2/pgy", 0)),
                bad("program.residents[1].id", p -> p.replace("/residents/1/id", "")),
                bad("program.residents[1]", p -> p.replace("/residents/1/id", "R1")),
                bad("program.faculty[0]", p -> p.replace("/faculty/0/id", "R2")),
                bad("program.faculty[2].maxPreceptPerWeek", p -> p.replace("/faculty/2/maxPreceptPerWeek", -1)),
                bad("program.rotations[2]", p -> p.replace("/rotations/2/id", "INPATIENT")),
                bad("program.rotations[0].pgy", p -> p.replace("/rotations/0/pgy", Json.createArrayBuilder().add(4).build())),
                bad("program.rotations[1].minResidents", p -> p.replace("/rotations/1/minResidents", -3)),
                bad("program.rotations[1].callPool", p -> p.remove("/rotations/1/callPool")),
                bad("program.curriculum[1]", p -> p.copy("/curriculum/-", "/curriculum/0").copy("/curriculum/1", "/curriculum/0")),
                bad("program.curriculum[0].rotation", p -> p.replace("/curriculum/0/rotation", "SURGERY")),
                bad("program.curriculum[0].maxBlocks", p -> p.replace("/curriculum/0/maxBlocks", -1)),
                bad("program.fixed[0].rotation", p -> p.replace("/fixed/0/rotation", "NOPE")),
                bad("program.fixed[0].resident", p -> p.replace("/fixed/0/resident", "F1")),
                bad("program.fixed[1].block", p -> p.replace("/fixed/1/block", 3)),
                bad("program.clinic.capacityPerSession", p -> p.replace("/clinic/capacityPerSession", -2)),
                bad("program.absences[1].person", p -> p.replace("/absences/1/person", "R99")),
                bad("program.absences[0].start", p -> p.replace("/absences/0/start", "3 August")),
                bad("program.absences[0]", p -> p.replace("/absences/0/end", "2026-08-01")),
                bad("program.requests[0].person", p -> p.replace("/requests/0/person", "X1")),
                bad("program.requests[0].kind", p -> p.replace("/requests/0/kind", "ON")),
                bad("program.requests[1].date", p -> p.replace("/requests/1/date", "2027-07-02")),
                bad("program.requests[1].date", p -> p.replace("/requests/1/date", "2026-07-01")),
                bad("program.supervision.pgy1PerFaculty", p -> p.replace("/supervision/pgy1PerFaculty", 0)),
                bad("program.residents[0]", p -> p.replace("/residents/0", JsonObject.NULL)));
    }

    private static Arguments bad(String field, UnaryOperator<JsonPatchBuilder> change) {
        return Arguments.of(field, patch(SMALL, change));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPrograms")
    void namesTheField(String field, JsonObject json) {
        List<FieldError> errors = ProgramChecks.check(program(json));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field)), () -> field + " not in " + errors);
    }

    @Test
    void collectsSeveralErrors() {
        JsonObject json = patch(SMALL, p -> p.replace("/residents/3/pgy", 4).replace("/requests/0/kind", "ON")
                .replace("/format", "x"));
        List<String> fields = ProgramChecks.check(program(json)).stream().map(FieldError::field).toList();
        assertEquals(List.of("program.format", "program.residents[3].pgy", "program.requests[0].kind"), fields);
    }

    @Test
    void aMissingDocumentIsOneError() {
        assertEquals(List.of(new FieldError("program", "expected a JSON object")), ProgramChecks.check(null));
    }
}
