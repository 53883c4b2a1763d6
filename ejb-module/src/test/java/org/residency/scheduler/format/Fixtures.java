package org.residency.scheduler.format;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The shared example documents and ways to bend them, for tests. */
public final class Fixtures {

    public static final Jsonb JSONB = JsonbBuilder.create(FormatJsonb.config());

    private Fixtures() {
    }

    public static Path formats() {
        return Path.of(System.getProperty("formats.dir", "../../shared/formats"));
    }

    public static JsonObject example(String name) {
        return read(formats().resolve("examples").resolve(name));
    }

    public static JsonObject resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/programs/" + name);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject read(Path file) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject patch(JsonObject json, UnaryOperator<JsonPatchBuilder> ops) {
        return ops.apply(Json.createPatchBuilder()).build().apply(json);
    }

    public static ProgramDocument program(JsonValue json) {
        return JSONB.fromJson(json.toString(), ProgramDocument.class);
    }

    public static ScheduleDocument schedule(JsonValue json) {
        return JSONB.fromJson(json.toString(), ScheduleDocument.class);
    }

    /** Parsed JSON of a record, for comparing documents as JSON values (member order does not matter). */
    public static JsonValue json(Object document) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(document)))) {
            return reader.readValue();
        }
    }
}
