package org.residency.scheduler.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.common.OverrideRequiredException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.rules.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * 409 {@code /problems/override-required}: the change breaks hard rules or touches frozen days and came
 * without a reason. The problem lists the violations it would introduce (at most {@value #SHOWN}; the detail
 * gives the total) and the frozen days, so the client can show them and ask for a reason.
 */
@Provider
public class OverrideRequiredMapper implements ExceptionMapper<OverrideRequiredException> {

    static final int SHOWN = 200;

    @Context
    UriInfo uri;

    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "violations", "frozenDays"})
    public record OverrideProblem(String type, String title, int status, String detail, String instance,
                                  List<FieldError> errors, List<Violation> violations, List<String> frozenDays) {
    }

    @Override
    public Response toResponse(OverrideRequiredException e) {
        ProblemType type = ProblemType.OVERRIDE_REQUIRED;
        OverrideProblem problem = new OverrideProblem(type.uri(), type.title(), type.status(), e.getMessage(),
                uri == null ? null : uri.getRequestUri().getPath(),
                List.of(new FieldError("reason", "required to override: " + e.getMessage())),
                e.violations().subList(0, Math.min(SHOWN, e.violations().size())),
                e.frozenDays().stream().map(LocalDate::toString).toList());
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
