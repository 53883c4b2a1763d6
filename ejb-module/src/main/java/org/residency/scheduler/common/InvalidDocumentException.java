package org.residency.scheduler.common;

import jakarta.ejb.ApplicationException;
import org.residency.scheduler.format.FieldError;

import java.util.List;

/** The document parsed but is not a valid program or schedule; every error found is listed (HTTP 422). */
@ApplicationException(rollback = true)
public class InvalidDocumentException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidDocumentException(List<FieldError> errors) {
        super(errors.size() + " error(s) in the document, first: "
                + (errors.isEmpty() ? "none" : errors.get(0).field() + ": " + errors.get(0).message()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws when the checks found anything: the one place a write decides to go ahead. */
    public static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }
}
