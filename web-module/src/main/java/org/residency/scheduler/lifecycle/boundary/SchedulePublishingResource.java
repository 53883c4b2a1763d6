package org.residency.scheduler.lifecycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.residency.scheduler.schedule.boundary.ScheduleSummary;
import org.residency.scheduler.security.entity.Roles;

import java.util.List;

/**
 * Publishing a schedule, comparing one with the published schedule, and the overrides recorded on it.
 * Drafts are coordinators' business: these answer 404 to residents and faculty for anything unpublished.
 */
@Path("programs/{programId}/schedules/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SchedulePublishingResource {

    @Inject
    PublishingService publishing;

    /** Makes it THE published schedule (the previous one becomes ARCHIVED); 409 with the violations without a reason. */
    @POST
    @Path("publish")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ScheduleSummary publish(@PathParam("programId") long programId, @PathParam("id") String id,
                                   PublishRequest request, @Context SecurityContext security) {
        return publishing.publish(programId, id, request, Actors.of(security));
    }

    /** Hard violations now and the number of cells that differ from the published schedule. */
    @GET
    @Path("comparison")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public DraftView comparison(@PathParam("programId") long programId, @PathParam("id") String id) {
        return publishing.comparison(programId, id);
    }

    /** Publishes, edits and swaps that went ahead against the rules or the freeze horizon, newest first. */
    @GET
    @Path("overrides")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<OverrideView> overrides(@PathParam("programId") long programId, @PathParam("id") String id) {
        return publishing.overrides(programId, id);
    }
}
