package org.residency.scheduler.web.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import org.residency.scheduler.format.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON-B or JSON-P failure into a field error. Yasson nests one "Unable to deserialize property 'x'"
 * per level, so the property names in order give the path; a syntax error gives a line and column.
 */
final class JsonErrors {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

    private JsonErrors() {
    }

    static boolean isJsonError(Throwable t) {
        return Causes.find(t, JsonbException.class).isPresent() || Causes.find(t, JsonException.class).isPresent();
    }

    static FieldError describe(Throwable t) {
        Optional<JsonParsingException> syntax = Causes.find(t, JsonParsingException.class);
        if (syntax.isPresent() && syntax.get().getLocation() != null) {
            var at = syntax.get().getLocation();
            return new FieldError("line " + at.getLineNumber() + ", column " + at.getColumnNumber(),
                    syntax.get().getMessage());
        }
        Throwable json = Causes.find(t, JsonbException.class).map(Throwable.class::cast).orElse(t);
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
        return new FieldError(String.join(".", path), Causes.innermost(json).getMessage());
    }
}
