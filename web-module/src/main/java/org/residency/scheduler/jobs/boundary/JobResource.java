package org.residency.scheduler.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.residency.scheduler.lifecycle.boundary.Actors;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.residency.scheduler.jobs.entity.DeadLetter;

import java.util.List;
import org.residency.scheduler.security.entity.Roles;

/** {@code /api/jobs}: the state of asynchronous jobs, cancelling them, and the messages the broker dead-lettered. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    JobService jobs;


    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id: [0-9]+}")
    public JobView job(@PathParam("id") long id, @Context SecurityContext security) {
        JobView job = jobs.find(id).map(JobView::of)
                .orElseThrow(() -> new NotFoundException("There is no job " + id + "."));
        // A generation's or repair's result holds the schedule it stored, a draft: residents and faculty
        // see only the published schedule, so they get the job's state without it.
        return Actors.seesDrafts(security) ? job : job.withoutSchedule();
    }

    /**
     * Cancels a queued or running job (409 when it already ended). A running generation or repair stops
     * within about a second and keeps the best valid schedule it has: poll the job for its final state.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @DELETE
    @Path("{id: [0-9]+}")
    public JobView cancel(@PathParam("id") long id) {
        JobView cancelled = JobView.of(jobs.cancel(id));
        jobs.interrupt(id);
        return cancelled;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("dead-letters")
    public List<DeadLetter> deadLetters(@QueryParam("limit") @DefaultValue("50") int limit) {
        return jobs.deadLetters(Math.max(1, Math.min(limit, 500)));
    }
}
