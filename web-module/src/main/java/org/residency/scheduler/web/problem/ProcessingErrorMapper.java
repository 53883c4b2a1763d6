package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ProcessingException;

/** Problem for what the JAX-RS runtime wraps a reader's failure in (400, 413 or 500 by cause). */
@Provider
public class ProcessingErrorMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(exception, uri);
    }
}
