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
import static org.residency.scheduler.format.Fixtures.patch;
import static org.residency.scheduler.format.Fixtures.resource;

/** Against the generator's 30-resident program and its planted (valid) schedule. */
class ScheduleChecksTest {

    private static final ProgramDocument PROGRAM = Fixtures.program(resource("generated-30.json"));
    private static final JsonObject SCHEDULE = resource("generated-30-schedule.json");

    @Test
    void thePlantedScheduleIsWellFormed() {
        assertEquals(List.of(), ScheduleChecks.check(PROGRAM, Fixtures.schedule(SCHEDULE)));
    }

    @Test
    void anUnknownRotationIsLeftToTheRules() {
        JsonObject json = patch(SCHEDULE, p -> p.replace("/blocks/R01/0", "SURGERY").replace("/call/3", "F01"));
        assertEquals(List.of(), ScheduleChecks.check(PROGRAM, Fixtures.schedule(json)));
    }

    static Stream<Arguments> badSchedules() {
        return Stream.of(
                bad("schedule.format", p -> p.replace("/format", "residency-program/1")),
                bad("schedule.program", p -> p.replace("/program", "another program")),
                bad("schedule.blocks", p -> p.remove("/blocks/R04")),
                bad("schedule.blocks", p -> p.add("/blocks/R99", Json.createArrayBuilder().build())),
                bad("schedule.blocks.R02", p -> p.remove("/blocks/R02/0")),
                bad("schedule.days", p -> p.remove("/days/F03")),
                bad("schedule.days", p -> p.remove("/days")),
                bad("schedule.days.R05", p -> p.add("/days/R05/-", "OO")),
                bad("schedule.days.R04[17]", p -> p.replace("/days/R04/17", "RX")),
                bad("schedule.days.R04[18]", p -> p.replace("/days/R04/18", "R")),
                bad("schedule.days.F01[2]", p -> p.replace("/days/F01/2", "RO")),
                bad("schedule.days.R01[0]", p -> p.replace("/days/R01/0", "PO")),
                bad("schedule.call", p -> p.remove("/call/0")),
                bad("schedule.call", p -> p.remove("/call")));
    }

    private static Arguments bad(String field, UnaryOperator<JsonPatchBuilder> change) {
        return Arguments.of(field, patch(SCHEDULE, change));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSchedules")
    void namesTheField(String field, JsonObject json) {
        List<FieldError> errors = ScheduleChecks.check(PROGRAM, Fixtures.schedule(json));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field)), () -> field + " not in " + errors);
    }

    @Test
    void aBrokenDayNamesItsDate() {
        JsonObject json = patch(SCHEDULE, p -> p.replace("/days/R04/17", "XX"));
        FieldError error = ScheduleChecks.check(PROGRAM, Fixtures.schedule(json)).get(0);
        assertEquals("schedule.days.R04[17]", error.field());
        assertTrue(error.message().contains(PROGRAM.start().substring(0, 4)), error.message());
    }

    @Test
    void aGarbageScheduleStopsAtTheLimit() {
        JsonObject json = patch(SCHEDULE, p -> p.replace("/days/R01",
                Json.createArrayBuilder(java.util.Collections.nCopies(PROGRAM.blocks() * PROGRAM.blockDays(), "ZZ")).build()));
        List<FieldError> errors = ScheduleChecks.check(PROGRAM, Fixtures.schedule(json));
        assertEquals(Findings.LIMIT + 1, errors.size());
        assertTrue(errors.get(Findings.LIMIT).message().contains("more errors"));
    }
}
