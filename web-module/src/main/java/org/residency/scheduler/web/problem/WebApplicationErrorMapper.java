package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.WebApplicationException;

/** Problem for the runtime's own HTTP errors (404, 405, 415, ...), keeping their status. */
@Provider
public class WebApplicationErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        return Problems.response(exception, uri);
    }
}
