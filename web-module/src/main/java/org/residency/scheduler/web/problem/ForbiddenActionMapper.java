package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.common.ForbiddenActionException;

/** Problem for a caller acting for someone else (a resident for another resident): 403. */
@Provider
public class ForbiddenActionMapper implements ExceptionMapper<ForbiddenActionException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ForbiddenActionException exception) {
        return Problems.response(exception, uri);
    }
}
