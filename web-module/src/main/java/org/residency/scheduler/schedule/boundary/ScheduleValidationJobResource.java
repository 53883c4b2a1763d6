package org.residency.scheduler.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.residency.scheduler.jobs.boundary.JobResource;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.boundary.JobView;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.security.entity.Roles;

/**
 * {@code POST /api/programs/{programId}/schedules/{id}/validation}: validate the schedule as a
 * background job; 202 with the job, whose {@code Location} is polled at {@code /api/jobs/{id}}.
 */
@Path("programs/{programId}/schedules/{id}/validation")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleValidationJobResource {

    @Inject
    ScheduleService schedules;

    @Inject
    JobService jobs;

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Response submit(@PathParam("programId") long programId, @PathParam("id") String id, @Context UriInfo uri) {
        boolean exists = schedules.list(programId).stream().anyMatch(s -> id.equals(s.id()));
        if (!exists) {
            throw new jakarta.ws.rs.NotFoundException("Program " + programId + " has no schedule " + id + ".");
        }
        Job job = jobs.submit(JobKind.VALIDATE_SCHEDULE, programId, id);
        return Response.accepted(JobView.of(job))
                .location(uri.getBaseUriBuilder().path(JobResource.class).path(String.valueOf(job.getId())).build())
                .build();
    }
}
