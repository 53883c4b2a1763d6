package org.residency.scheduler.program.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.residency.scheduler.format.Fixtures.json;

/** document -> entities -> document gives back the same JSON. */
class ProgramRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"small.json", "realistic.json"})
    void examples(String name) {
        assertRoundTrip(Fixtures.example(name));
    }

    @Test
    void generatedThirtyResidents() {
        assertRoundTrip(Fixtures.resource("generated-30.json"));
    }

    @Test
    void absentOptionalPartsStayAbsentAndEmptyListsStayEmpty() {
        JsonObject json = Fixtures.patch(Fixtures.example("small.json"), p -> p.remove("/name").remove("/fixed")
                .remove("/supervision").replace("/absences", JsonObject.EMPTY_JSON_ARRAY)
                .replace("/hours/halfDay", Json.createValue(new java.math.BigDecimal("6.5"))).replace("/hours/callNight", 12));
        assertRoundTrip(json);
    }

    private static void assertRoundTrip(JsonObject json) {
        ProgramDocument document = Fixtures.program(json);
        ProgramDocument back = ProgramExporter.toDocument(ProgramMapper.toEntity(document));
        assertEquals(json, json(back));
    }
}
