package org.residency.scheduler.resilience;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.jobs.boundary.JobResource;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.boundary.JobView;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.lifecycle.boundary.Actors;
import org.residency.scheduler.resilience.boundary.FallbackService;
import org.residency.scheduler.resilience.boundary.FallbackView;
import org.residency.scheduler.resilience.boundary.ResilienceService;
import org.residency.scheduler.resilience.boundary.ResilienceView;

import org.residency.scheduler.security.entity.Roles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/programs/{programId}/resilience}: utilization by week, defense level, the latest N-1/N-2
 * tables and the fallbacks ({@code GET}); the contingency analysis as a job; fallback activation and roll-back.
 * {@code schedule} names the schedule (default: the program's schedule of record, {@code ScheduleService.ofRecord}:
 * the published one, else for coordinators and admins the most recently updated draft; a draft is 404 for
 * residents and faculty); {@code date} starts the horizon (default: today).
 */
@Path("programs/{programId}/resilience")
@Produces(MediaType.APPLICATION_JSON)
public class ResilienceResource {

    @Inject
    ResilienceService resilience;
    @Inject
    FallbackService fallbacks;
    @Inject
    JobService jobs;

    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @GET
    public ResilienceView view(@PathParam("programId") long programId, @QueryParam("schedule") String schedule,
                               @QueryParam("date") String date, @Context SecurityContext security) {
        return resilience.view(programId, schedule, date(date), Actors.seesDrafts(security));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @POST
    @Path("contingency")
    public Response contingency(@PathParam("programId") long programId, @QueryParam("schedule") String schedule,
                                @Context UriInfo uri) {
        String key = resilience.schedule(programId, schedule, true).getKey();   // 404 before a job is queued
        Job job = jobs.submit(JobKind.RESILIENCE_CONTINGENCY, programId, key);
        return Response.accepted(JobView.of(job))
                .location(uri.getBaseUriBuilder().path(JobResource.class).path(String.valueOf(job.getId())).build())
                .build();
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @POST
    @Path("fallbacks/{fallbackId}/activate")
    public FallbackView activate(@PathParam("programId") long programId, @PathParam("fallbackId") long fallbackId,
                                 @Context SecurityContext security) {
        return fallbacks.activate(programId, fallbackId, who(security));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @POST
    @Path("fallbacks/{fallbackId}/rollback")
    public FallbackView rollBack(@PathParam("programId") long programId, @PathParam("fallbackId") long fallbackId,
                                 @Context SecurityContext security) {
        return fallbacks.rollBack(programId, fallbackId, who(security));
    }

    private static String who(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? "anonymous"
                : security.getUserPrincipal().getName();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date must be an ISO date (2026-07-02), got: " + text);
        }
    }
}
