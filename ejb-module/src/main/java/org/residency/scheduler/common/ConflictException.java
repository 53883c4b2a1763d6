package org.residency.scheduler.common;

import jakarta.ejb.ApplicationException;
import org.residency.scheduler.format.FieldError;

import java.util.List;

/**
 * The request is well formed but clashes with what is stored: a name or id taken, or a removal that would
 * leave references dangling (HTTP 409). {@code errors} names those references when there are any.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final List<FieldError> errors;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
