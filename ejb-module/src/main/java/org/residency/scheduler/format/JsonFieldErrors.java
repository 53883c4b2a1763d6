package org.residency.scheduler.format;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON-B or JSON-P failure into a field error, for the REST API and the import page alike.
 * Yasson nests one "Unable to deserialize property 'x'" per level, so the property names in order give
 * the path; a syntax error gives a line and column.
 */
public final class JsonFieldErrors {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");
    private static final int DEPTH = 20;

    private JsonFieldErrors() {
    }

    public static boolean isJsonError(Throwable t) {
        return find(t, JsonbException.class).isPresent() || find(t, JsonException.class).isPresent();
    }

    public static FieldError describe(Throwable t) {
        Optional<JsonParsingException> syntax = find(t, JsonParsingException.class);
        if (syntax.isPresent() && syntax.get().getLocation() != null) {
            var at = syntax.get().getLocation();
            return new FieldError("line " + at.getLineNumber() + ", column " + at.getColumnNumber(),
                    syntax.get().getMessage());
        }
        Throwable json = find(t, JsonbException.class).map(Throwable.class::cast).orElse(t);
        String message = json.getMessage() == null ? "" : json.getMessage();
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            path.add(property.group(1));
        }
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.find()) {
            path.add(unknown.group(1));
            return new FieldError(String.join(".", path), "unknown property");
        }
        return new FieldError(String.join(".", path), innermost(json).getMessage());
    }

    private static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (int i = 0; t != null && i < DEPTH; i++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable innermost(Throwable t) {
        for (int i = 0; t.getCause() != null && i < DEPTH; i++) {
            t = t.getCause();
        }
        return t;
    }
}
