package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.common.InvalidDocumentException;

/** Problem for an invalid program or schedule (422). */
@Provider
public class InvalidDocumentMapper implements ExceptionMapper<InvalidDocumentException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidDocumentException exception) {
        return Problems.response(exception, uri);
    }
}
