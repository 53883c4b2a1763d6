package org.residency.scheduler.rules;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The report is what the REST layer will send: JSON-B writes it with counts in check.py's order. */
class ValidationReportJsonTest {

    @Test
    void reportSerializesWithRuleCountsInOrderAndEveryViolation() throws Exception {
        TinyProgram tiny = new TinyProgram(3, 1);
        tiny.call.set(5, null);
        tiny.setDay("R1", 1, "RR");
        ValidationReport report = tiny.validate();
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(report);
        }
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertFalse(read.getBoolean("ok"));
        assertEquals(ScheduleValidator.ruleNames(), List.copyOf(read.getJsonObject("counts").keySet()));
        assertEquals(1, read.getJsonObject("counts").getInt("call-coverage"));
        assertEquals(report.violations().size(), read.getJsonArray("violations").size());
        JsonObject postCall = read.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("rule").equals("post-call")).findFirst().orElseThrow();
        assertEquals("R1", postCall.getString("personId"));
        assertEquals("2026-07-07", postCall.getString("firstDate"));
        assertEquals(1.0, read.getJsonObject("soft").getJsonNumber("requestsGranted").doubleValue());
    }
}
