package org.residency.scheduler.web.problem;

import java.util.Optional;

/** Looks through an exception's cause chain: the runtime wraps what the mappers care about. */
final class Causes {

    private static final int DEPTH = 20;

    private Causes() {
    }

    static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (int i = 0; t != null && i < DEPTH; i++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    static Throwable innermost(Throwable t) {
        for (int i = 0; t.getCause() != null && i < DEPTH; i++) {
            t = t.getCause();
        }
        return t;
    }

    /** SQL state 23505: a unique constraint lost a race with a concurrent write. */
    static boolean isUniqueViolation(Throwable t) {
        return find(t, java.sql.SQLException.class).map(e -> "23505".equals(e.getSQLState())).orElse(false);
    }
}
