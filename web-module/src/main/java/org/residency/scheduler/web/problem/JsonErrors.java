package org.residency.scheduler.web.problem;

import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.JsonFieldErrors;

/** JSON-B and JSON-P failures as field errors: the one rule lives in {@link JsonFieldErrors}, shared with the pages. */
final class JsonErrors {

    private JsonErrors() {
    }

    static boolean isJsonError(Throwable t) {
        return JsonFieldErrors.isJsonError(t);
    }

    static FieldError describe(Throwable t) {
        return JsonFieldErrors.describe(t);
    }
}
