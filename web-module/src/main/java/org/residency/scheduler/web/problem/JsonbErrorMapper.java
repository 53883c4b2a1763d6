package org.residency.scheduler.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.json.bind.JsonbException;

/** Problem for a body JSON-B cannot bind, e.g. a string where a number belongs or an unknown property (400). */
@Provider
public class JsonbErrorMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.response(exception, uri);
    }
}
