package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;


/** Problem for anything else (500, logged with an id that the client gets). */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        return Problems.response(exception, uri);
    }
}
