package org.residency.scheduler.web.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Database failures that are nobody's input error, told apart by PostgreSQL's SQL state so that a client
 * (and an operator reading the answer) learns what happened and whether trying again makes sense, instead
 * of a bare 500. Nothing was changed in any of these cases: the transaction rolled back.
 */
enum DatabaseTrouble {

    UNAVAILABLE(ProblemType.DATABASE_UNAVAILABLE,
            "the database cannot be reached; nothing was changed, try again shortly", 5),
    READ_ONLY(ProblemType.DATABASE_READ_ONLY,
            "the database accepts no changes at the moment (it is read-only); nothing was changed, reads still work", 60),
    DISK_FULL(ProblemType.STORAGE_FULL,
            "the database's disk is full; nothing was stored. An operator must free space before changes can be stored", 0);

    private static final int DEPTH = 20;

    private final ProblemType type;
    private final String detail;
    private final int retryAfterSeconds;

    DatabaseTrouble(ProblemType type, String detail, int retryAfterSeconds) {
        this.type = type;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    ProblemType type() {
        return type;
    }

    String detail() {
        return detail;
    }

    /** Seconds for {@code Retry-After}; 0 when waiting alone will not help. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static Optional<DatabaseTrouble> of(Throwable t) {
        for (int i = 0; t != null && i < DEPTH; i++, t = t.getCause()) {
            Optional<DatabaseTrouble> found = t instanceof SQLException sql ? ofState(sql.getSQLState(), sql.getMessage())
                    : Optional.empty();
            if (found.isPresent()) {
                return found;
            }
            if (t instanceof ConnectException || isPoolExhaustion(t)) {
                return Optional.of(UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL's codes: class 08 connection, 57P0x shutting down or starting, 25006, 53100, class 53 resources. */
    static Optional<DatabaseTrouble> ofState(String state, String message) {
        if (state == null) {
            // The server's pool reports a failed allocation as a SQLException without a state.
            return message != null && message.contains("Error in allocating a connection") ? Optional.of(UNAVAILABLE)
                    : Optional.empty();
        }
        if (state.equals("25006")) {
            return Optional.of(READ_ONLY);
        }
        if (state.equals("53100")) {
            return Optional.of(DISK_FULL);
        }
        if (state.startsWith("08") || state.startsWith("57P0") || state.startsWith("53")) {
            return Optional.of(UNAVAILABLE);
        }
        return Optional.empty();
    }

    private static boolean isPoolExhaustion(Throwable t) {
        return t.getClass().getName().startsWith("jakarta.resource.") && t.getMessage() != null
                && t.getMessage().contains("connection");
    }
}
