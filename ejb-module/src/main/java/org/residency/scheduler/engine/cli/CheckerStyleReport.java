package org.residency.scheduler.engine.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.rules.Violation;

import java.io.StringWriter;
import java.util.Map;

/**
 * The validator's report in the shape {@code check.py} prints: {@code {ok, hard: {rule: count},
 * examples: {rule: [first five]}, soft: {...}, size: {...}}}, so scripts can read either the same way.
 * Example texts are the project's own wording (with the ACGME citation where one applies).
 */
final class CheckerStyleReport {

    static final int EXAMPLES_PER_RULE = 5;
    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private CheckerStyleReport() {
    }

    static JsonObject of(ProgramDocument program, ValidationReport report) {
        JsonObjectBuilder hard = Json.createObjectBuilder();
        JsonObjectBuilder examples = Json.createObjectBuilder();
        for (Map.Entry<String, Integer> count : report.counts().entrySet()) {
            hard.add(count.getKey(), count.getValue());
            JsonArrayBuilder first = Json.createArrayBuilder();
            report.violations().stream().filter(v -> v.rule().equals(count.getKey())).limit(EXAMPLES_PER_RULE)
                    .map(CheckerStyleReport::example).forEach(first::add);
            examples.add(count.getKey(), first);
        }
        return Json.createObjectBuilder()
                .add("ok", report.ok())
                .add("hard", hard)
                .add("examples", examples)
                .add("soft", Json.createObjectBuilder()
                        .add("callSpread", report.soft().callSpread())
                        .add("requestsGranted", report.soft().requestsGranted())
                        .add("weekendCallSpread", report.soft().weekendCallSpread())
                        .add("clinicSpread", report.soft().clinicSpread()))
                .add("size", Json.createObjectBuilder()
                        .add("residents", program.residents().size())
                        .add("faculty", program.faculty().size())
                        .add("days", program.blocks() * program.blockDays()))
                .build();
    }

    /** The validator's message already names the person and dates. */
    private static String example(Violation v) {
        return v.message() + (v.citation() == null ? "" : " [" + v.citation() + "]");
    }

    static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(text)) {
            writer.write(json);
        }
        return text.toString().strip();
    }
}
