package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.common.ConflictException;

/** Problem for a clash with stored state (409). */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConflictException exception) {
        return Problems.response(exception, uri);
    }
}
