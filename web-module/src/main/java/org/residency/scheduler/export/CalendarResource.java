package org.residency.scheduler.export;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.export.boundary.CalendarFeedService;

/**
 * {@code GET /api/calendar/{token}.ics}: a person's calendar for calendar apps, which cannot sign in.
 * Anonymous on purpose: the 256-bit token in the path is the credential (only its hash is stored).
 * An unknown, malformed or revoked token is 404, the same answer for each, so nothing can be learned
 * by trying.
 */
@Path("calendar")
public class CalendarResource {

    public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

    @Inject
    CalendarFeedService feeds;

    @GET
    @PermitAll
    @Path("{token}.ics")
    @Produces(MEDIA_TYPE)
    public Response calendar(@PathParam("token") String token) {
        String text = feeds.calendar(token).orElseThrow(() -> new ResourceNotFoundException("no such calendar feed"));
        return Response.ok(text, MEDIA_TYPE).header("Content-Disposition", "inline; filename=\"schedule.ics\"").build();
    }
}
