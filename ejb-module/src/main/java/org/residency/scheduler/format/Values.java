package org.residency.scheduler.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The scalar checks of check.py ({@code _int}, {@code _num}, {@code _str}, {@code _date}) with its messages. */
final class Values {

    /** Only the plain form: the stored DATE is written back as yyyy-mm-dd, so anything else would not round-trip. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Findings findings;

    Values(Findings findings) {
        this.findings = findings;
    }

    boolean integer(Integer v, String field, int lo) {
        return findings.need(v != null && v >= lo, field, "expected an integer " + lo + ".., got " + show(v));
    }

    boolean integer(Integer v, String field, int lo, int hi) {
        return findings.need(v != null && v >= lo && v <= hi, field,
                "expected an integer " + lo + ".." + hi + ", got " + show(v));
    }

    boolean number(BigDecimal v, String field) {
        return findings.need(v != null && v.signum() >= 0, field, "expected a number >= 0, got " + show(v));
    }

    boolean bool(Boolean v, String field) {
        return findings.need(v != null, field, "expected true or false, got null");
    }

    boolean text(String v, String field) {
        return findings.need(v != null && !v.isEmpty(), field, "expected a non-empty string, got " + show(v));
    }

    Optional<LocalDate> date(String v, String field) {
        if (!findings.need(v != null, field, "expected an ISO date, got null")) {
            return Optional.empty();
        }
        Optional<LocalDate> parsed = parse(v);
        findings.need(parsed.isPresent(), field, "'" + v + "' is not an ISO date");
        return parsed;
    }

    static Optional<LocalDate> parse(String v) {
        if (v == null || !ISO_DATE.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String show(Object v) {
        return v == null ? "null" : v instanceof String ? "'" + v + "'" : String.valueOf(v);
    }
}
