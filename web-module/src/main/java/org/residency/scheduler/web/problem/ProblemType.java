package org.residency.scheduler.web.problem;

import java.util.Arrays;

/** The stable problem type URIs clients may switch on, with their titles and statuses. */
public enum ProblemType {
    MALFORMED_JSON(400, "/problems/malformed-json", "The body is not readable JSON of the expected shape"),
    BAD_REQUEST(400, "/problems/bad-request", "Bad request"),
    UNAUTHORIZED(401, "/problems/unauthorized", "Authentication required"),
    FORBIDDEN(403, "/problems/forbidden", "Not allowed for your role"),
    NOT_FOUND(404, "/problems/not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "/problems/method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "/problems/not-acceptable", "Not acceptable"),
    CONFLICT(409, "/problems/conflict", "Conflict with the stored state"),
    OVERRIDE_REQUIRED(409, "/problems/override-required", "The change breaks hard rules or frozen days: give a reason to override"),
    PAYLOAD_TOO_LARGE(413, "/problems/payload-too-large", "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "/problems/unsupported-media-type", "Unsupported media type"),
    INVALID_DOCUMENT(422, "/problems/invalid-document", "The document is not valid"),
    TOO_MANY_REQUESTS(429, "/problems/too-many-sign-in-attempts", "Too many failed sign-in attempts"),
    INTERNAL_ERROR(500, "/problems/internal-error", "Internal error");

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(int status, String uri, String title) {
        this.status = status;
        this.uri = uri;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The generic type of an HTTP status raised by the JAX-RS runtime itself. */
    public static ProblemType ofStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status && t != MALFORMED_JSON && t != OVERRIDE_REQUIRED).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
