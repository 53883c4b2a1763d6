package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.json.JsonException;

/** Problem for a body that is not JSON at all (400). */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonException exception) {
        return Problems.response(exception, uri);
    }
}
