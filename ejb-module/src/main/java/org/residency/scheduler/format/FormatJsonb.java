package org.residency.scheduler.format;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * JSON-B settings for reading the formats as strictly as check.py: unknown properties fail, and scalars
 * take only their own JSON type. Yasson would otherwise read {@code "pgy": 2.5} as 2 and {@code "pgy": "2"}
 * or {@code "id": 7} without complaint.
 */
public final class FormatJsonb {

    private FormatJsonb() {
    }

    public static JsonbConfig config() {
        return new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true)
                .withDeserializers(new IntegerReader(), new LongReader(), new DecimalReader(), new BooleanReader(),
                        new TextReader());
    }

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern LONG = Pattern.compile("-?\\d{1,19}");

    /**
     * The current value, or null for JSON null (which the checks report as missing). Yasson's parser does not
     * support {@code currentEvent()}, but it does {@code getValue()}.
     */
    private static JsonValue require(JsonParser parser, String expected, JsonValue.ValueType... allowed) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        for (JsonValue.ValueType ok : allowed) {
            if (value.getValueType() == ok) {
                return value;
            }
        }
        throw new JsonbException("expected " + expected + ", got " + value);
    }

    static final class IntegerReader implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue value = require(parser, "an integer", JsonValue.ValueType.NUMBER);
            // 2.0 and 2e0 are floats to check.py, not integers: judge the literal, not its value
            if (value == null || INTEGER.matcher(value.toString()).matches()) {
                return value == null ? null : ((JsonNumber) value).intValueExact();
            }
            throw new JsonbException("expected an integer, got " + value);
        }
    }

    static final class LongReader implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue value = require(parser, "an integer", JsonValue.ValueType.NUMBER);
            if (value == null || LONG.matcher(value.toString()).matches()) {
                try {
                    return value == null ? null : ((JsonNumber) value).longValueExact();
                } catch (ArithmeticException tooLarge) {
                    throw new JsonbException("expected a 64-bit integer, got " + value);
                }
            }
            throw new JsonbException("expected an integer, got " + value);
        }
    }

    static final class DecimalReader implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue value = require(parser, "a number", JsonValue.ValueType.NUMBER);
            return value == null ? null : ((JsonNumber) value).bigDecimalValue();
        }
    }

    static final class BooleanReader implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue value = require(parser, "true or false", JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
            return value == null ? null : value == JsonValue.TRUE;
        }
    }

    static final class TextReader implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
            JsonValue value = require(parser, "a string", JsonValue.ValueType.STRING);
            return value == null ? null : ((JsonString) value).getString();
        }
    }
}
