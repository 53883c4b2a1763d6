package org.residency.scheduler.format;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors up to a limit, so a garbage schedule cannot produce 50 000 of them. */
final class Findings {

    static final int LIMIT = 100;

    private final List<FieldError> errors = new ArrayList<>();
    private int dropped;

    /** Records the error when {@code ok} is false; returns {@code ok} so callers can skip dependent checks. */
    boolean need(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return ok;
    }

    void add(String field, String message) {
        if (errors.size() < LIMIT) {
            errors.add(new FieldError(field, message));
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        List<FieldError> result = new ArrayList<>(errors);
        if (dropped > 0) {
            result.add(new FieldError("", dropped + " more errors not listed"));
        }
        return List.copyOf(result);
    }
}
