package org.residency.scheduler.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.security.entity.Roles;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.generation.boundary.GenerationService;
import org.residency.scheduler.generation.boundary.RepairJobRequest;
import org.residency.scheduler.jobs.boundary.JobResource;
import org.residency.scheduler.jobs.boundary.JobView;
import org.residency.scheduler.jobs.entity.Job;

import java.util.List;

/**
 * {@code POST /api/programs/{programId}/schedules/{id}/repair}: repair the schedule after a new absence
 * or a removed person as a job; 202 with the job. The repaired schedule is stored under a new id.
 */
@Path("programs/{programId}/schedules/{id}/repair")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleRepairResource {

    @Inject
    GenerationService generation;

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @POST
    public Response repair(@PathParam("programId") long programId, @PathParam("id") String id,
                           RepairJobRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidDocumentException(List.of(new FieldError("", "expected a JSON object with an absence"
                    + " or a removedPerson")));
        }
        Job job = generation.repair(programId, id, request);
        return Response.accepted(JobView.of(job))
                .location(uri.getBaseUriBuilder().path(JobResource.class).path(String.valueOf(job.getId())).build())
                .build();
    }
}
