package org.residency.scheduler.lifecycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.residency.scheduler.security.entity.Roles;

/**
 * {@code GET /api/programs/{programId}/schedules/{id}/comparison}: its hard violations now and the number of
 * cells that differ from the published schedule (coordinators' business: drafts are hidden from others).
 */
@Path("programs/{programId}/schedules/{id}/comparison")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleComparisonResource {

    @Inject
    PublishingService publishing;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public DraftView comparison(@PathParam("programId") long programId, @PathParam("id") String id) {
        return publishing.comparison(programId, id);
    }
}
