package org.residency.scheduler.format;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatJsonbTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"blocks\": 2.5}", "{\"blocks\": 2.0}", "{\"blocks\": \"2\"}", "{\"blocks\": true}",
            "{\"format\": 7}", "{\"hours\": {\"halfDay\": \"6\"}}", "{\"rotations\": [{\"callPool\": \"true\"}]}",
            "{\"surprise\": 1}", "{\"residents\": [{\"id\": \"R1\", \"nickname\": \"x\"}]}", "{\"blocks\": 3"})
    void rejectsWhatCheckPyRejectsAsAType(String json) {
        assertThrows(JsonbException.class, () -> Fixtures.JSONB.fromJson(json, ProgramDocument.class));
    }

    @Test
    void keepsNullsAndDecimals() {
        ProgramDocument p = Fixtures.JSONB.fromJson("{\"name\": null, \"hours\": {\"halfDay\": 6.5, \"callNight\": 12}}",
                ProgramDocument.class);
        assertEquals(null, p.name());
        assertEquals(new BigDecimal("6.5"), p.hours().halfDay());
        ScheduleDocument s = Fixtures.JSONB.fromJson("{\"call\": [null, \"R1\"]}", ScheduleDocument.class);
        assertEquals(Arrays.asList(null, "R1"), s.call());
    }

    @Test
    void anUnknownPropertyIsNamed() {
        JsonbException e = assertThrows(JsonbException.class,
                () -> Fixtures.JSONB.fromJson("{\"surprise\": 1}", ProgramDocument.class));
        assertTrue(e.getMessage().contains("surprise"), e.getMessage());
    }
}
