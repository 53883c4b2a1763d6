package org.residency.scheduler.lifecycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.residency.scheduler.security.entity.Roles;

import java.util.List;

/**
 * {@code GET /api/programs/{programId}/schedules/{id}/overrides}: publishes, edits and swaps that went ahead
 * against the rules or the freeze horizon, with who, when, why and the violations, newest first.
 */
@Path("programs/{programId}/schedules/{id}/overrides")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleOverridesResource {

    @Inject
    PublishingService publishing;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<OverrideView> overrides(@PathParam("programId") long programId, @PathParam("id") String id) {
        return publishing.overrides(programId, id);
    }
}
