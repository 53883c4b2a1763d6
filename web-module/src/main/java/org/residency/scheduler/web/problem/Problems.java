package org.residency.scheduler.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.web.json.BodyTooLargeException;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides the problem for any failure. The mappers only choose which exceptions reach here; the decision
 * looks at causes too, because the runtime wraps a body-size or JSON error in its own exceptions.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Response response(Throwable t, UriInfo uri) {
        Problem problem = of(t, uri == null ? null : uri.getRequestUri().getPath());
        Response.ResponseBuilder builder = t instanceof WebApplicationException w && w.getResponse() != null
                ? Response.fromResponse(w.getResponse()) : Response.noContent();
        return builder.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Problem of(Throwable t, String instance) {
        if (Causes.find(t, BodyTooLargeException.class).isPresent()) {
            return problem(ProblemType.PAYLOAD_TOO_LARGE, Causes.find(t, BodyTooLargeException.class).get()
                    .getMessage(), instance, List.of());
        }
        if (t instanceof InvalidDocumentException e) {
            return problem(ProblemType.INVALID_DOCUMENT, e.getMessage(), instance, e.errors());
        }
        if (t instanceof ConflictException e) {
            return problem(ProblemType.CONFLICT, e.getMessage(), instance, e.errors());
        }
        if (t instanceof ForbiddenActionException e) {
            return problem(ProblemType.FORBIDDEN, e.getMessage(), instance, List.of());
        }
        if (t instanceof ResourceNotFoundException e) {
            return problem(ProblemType.NOT_FOUND, e.getMessage(), instance, List.of());
        }
        if (JsonErrors.isJsonError(t)) {
            FieldError error = JsonErrors.describe(t);
            return problem(ProblemType.MALFORMED_JSON, error.field() + ": " + error.message(), instance, List.of(error));
        }
        if (t instanceof WebApplicationException e && e.getResponse() != null && e.getResponse().getStatus() < 500) {
            ProblemType type = ProblemType.ofStatus(e.getResponse().getStatus());
            return new Problem(type.uri(), type.title(), e.getResponse().getStatus(), e.getMessage(), instance, List.of());
        }
        if (Causes.isUniqueViolation(t)) {
            return problem(ProblemType.CONFLICT, "a concurrent request stored the same key first", instance, List.of());
        }
        return unexpected(t, instance);
    }

    /** Logged in full under an id; the client gets only the id, never the stack trace or message. */
    private static Problem unexpected(Throwable t, String instance) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id + " at " + instance, t);
        int status = t instanceof WebApplicationException e && e.getResponse() != null ? e.getResponse().getStatus() : 500;
        ProblemType type = ProblemType.ofStatus(status);
        return new Problem(type.uri(), type.title(), status, "logged as " + id, instance, List.of());
    }

    private static Problem problem(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }
}
