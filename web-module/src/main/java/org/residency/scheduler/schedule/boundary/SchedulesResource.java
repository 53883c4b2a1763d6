package org.residency.scheduler.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.generation.boundary.GenerationRequest;
import org.residency.scheduler.generation.boundary.GenerationService;
import org.residency.scheduler.jobs.boundary.JobResource;
import org.residency.scheduler.lifecycle.boundary.Actors;
import org.residency.scheduler.jobs.boundary.JobView;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.web.json.JsonText;

import java.util.List;
import org.residency.scheduler.security.entity.Roles;

/** Schedules of a program as {@code residency-schedule/1} documents, under a client-chosen or generated id. */
@RequestScoped
@Path("programs/{programId}/schedules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Inject
    ScheduleService schedules;

    @Inject
    GenerationService generation;

    /**
     * Generates a new schedule as a job: 202 with the job and its {@code Location}; an empty body takes
     * every default. The finished job links to the stored schedule.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @POST
    public Response generate(@PathParam("programId") long programId, GenerationRequest request,
                             @Context UriInfo uri) {
        Job job = generation.generate(programId, request);
        return Response.accepted(JobView.of(job))
                .location(uri.getBaseUriBuilder().path(JobResource.class).path(String.valueOf(job.getId())).build())
                .build();
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public Response put(@PathParam("programId") long programId, @PathParam("id") String id,
                        ScheduleDocument document, @Context UriInfo uri) {
        return switch (schedules.put(programId, id, document)) {
            case CREATED -> Response.created(uri.getAbsolutePath()).build();
            case REPLACED -> Response.ok().build();
        };
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("import")
    public Response importSchedule(@PathParam("programId") long programId, ScheduleDocument document,
                                   @Context UriInfo uri) {
        String id = schedules.importSchedule(programId, document);
        return Response.created(uri.getBaseUriBuilder().path(SchedulesResource.class).path(id)
                .build(programId)).build();
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public List<ScheduleSummary> list(@PathParam("programId") long programId, @Context SecurityContext security) {
        return schedules.list(programId, Actors.seesDrafts(security));
    }

    /**
     * The stored document as text (from the cache when it has it), never bound and re-written. Residents
     * and faculty get only the published schedule (any other is 404 for them).
     */
    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public JsonText get(@PathParam("programId") long programId, @PathParam("id") String id,
                        @Context SecurityContext security) {
        return new JsonText(schedules.json(programId, id, Actors.seesDrafts(security)));
    }

    @DELETE
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public void delete(@PathParam("programId") long programId, @PathParam("id") String id) {
        schedules.delete(programId, id);
    }
}
