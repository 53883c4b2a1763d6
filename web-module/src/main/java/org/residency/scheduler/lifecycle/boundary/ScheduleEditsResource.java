package org.residency.scheduler.lifecycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.residency.scheduler.security.entity.Roles;

/**
 * {@code POST /api/programs/{programId}/schedules/{id}/edits[?preview=true]}: change one cell or call night.
 * The preview says what the change would break and saves nothing; without it the change is saved, or
 * refused (409, {@code /problems/override-required}, with the violations) when it breaks a hard rule or
 * touches frozen days of the published schedule and has no {@code reason}.
 */
@Path("programs/{programId}/schedules/{id}/edits")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleEditsResource {

    @Inject
    EditService edits;

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public EditResult edit(@PathParam("programId") long programId, @PathParam("id") String id,
                           @QueryParam("preview") boolean preview, EditRequest request, @Context SecurityContext security) {
        return preview ? edits.preview(programId, id, request) : edits.apply(programId, id, request, Actors.of(security));
    }
}
