package org.residency.scheduler.lifecycle.boundary;

import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** ISO dates from request bodies: missing or malformed is 422 naming the field. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException(List.of(new FieldError(field, "required, an ISO date (YYYY-MM-DD)")));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException(List.of(new FieldError(field, "not an ISO date (YYYY-MM-DD): " + text)));
        }
    }
}
