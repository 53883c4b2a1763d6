package org.residency.scheduler.lifecycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.residency.scheduler.schedule.boundary.ScheduleSummary;
import org.residency.scheduler.security.entity.Roles;

/**
 * {@code POST /api/programs/{programId}/schedules/{id}/publish}: makes it THE published schedule (the previous
 * one becomes ARCHIVED); 409 {@code /problems/override-required} with the violations when it breaks hard rules
 * and has no reason. (The whole path is on the class: a class path ending in {id} would take every request
 * for a schedule away from SchedulesResource.)
 */
@Path("programs/{programId}/schedules/{id}/publish")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SchedulePublishResource {

    @Inject
    PublishingService publishing;

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ScheduleSummary publish(@PathParam("programId") long programId, @PathParam("id") String id,
                                   PublishRequest request, @Context SecurityContext security) {
        return publishing.publish(programId, id, request, Actors.of(security));
    }
}
