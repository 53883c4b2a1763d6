package org.residency.scheduler.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Locale;

/**
 * What the audit log keeps of a body: the JSON with every property whose name contains "password"
 * replaced, and nothing of a body too large to be worth keeping (its size instead).
 */
public final class Redaction {

    static final String REDACTED = "[redacted]";

    private Redaction() {
    }

    public static String forAudit(String json, int maxChars) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        if (json.length() > maxChars) {
            return Json.createObjectBuilder().add("omitted", json.length() + " characters").build().toString();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return redact(reader.readValue()).toString();
        } catch (JsonException e) {
            return Json.createObjectBuilder().add("unreadable", json.length() + " characters").build().toString();
        }
    }

    static JsonValue redact(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder out = Json.createObjectBuilder();
                value.asJsonObject().forEach((name, v) -> out.add(name,
                        name.toLowerCase(Locale.ROOT).contains("password") ? Json.createValue(REDACTED) : redact(v)));
                yield out.build();
            }
            case ARRAY -> {
                JsonArrayBuilder out = Json.createArrayBuilder();
                value.asJsonArray().forEach(v -> out.add(redact(v)));
                yield out.build();
            }
            default -> value;
        };
    }
}
