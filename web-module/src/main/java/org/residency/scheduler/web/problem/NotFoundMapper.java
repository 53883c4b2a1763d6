package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.common.ResourceNotFoundException;

/** Problem for a missing program, member or schedule (404). */
@Provider
public class NotFoundMapper implements ExceptionMapper<ResourceNotFoundException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ResourceNotFoundException exception) {
        return Problems.response(exception, uri);
    }
}
