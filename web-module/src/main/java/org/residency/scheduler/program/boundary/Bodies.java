package org.residency.scheduler.program.boundary;

import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;

import java.util.List;

/** An empty body binds to null; for a member that is an invalid document, not a server error. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidDocumentException(List.of(new FieldError("", "expected a JSON object")));
        }
        return body;
    }
}
