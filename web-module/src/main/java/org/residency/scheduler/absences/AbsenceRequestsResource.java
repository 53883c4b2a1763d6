package org.residency.scheduler.absences;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.residency.scheduler.absences.boundary.AbsenceApprovals;
import org.residency.scheduler.absences.boundary.AbsenceRequestService;
import org.residency.scheduler.absences.boundary.AbsenceRequestView;
import org.residency.scheduler.absences.boundary.Decision;
import org.residency.scheduler.absences.boundary.NewAbsenceRequest;
import org.residency.scheduler.absences.boundary.ProposalRequest;
import org.residency.scheduler.absences.boundary.RepairProposalView;
import org.residency.scheduler.absences.boundary.Requester;
import org.residency.scheduler.jobs.boundary.JobResource;
import org.residency.scheduler.jobs.boundary.JobView;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.lifecycle.boundary.Actors;
import org.residency.scheduler.security.entity.Roles;

import java.util.List;

/**
 * {@code /api/programs/{programId}/absence-requests}: residents and faculty request absences for themselves
 * and see their own requests; coordinators and admins request for anyone, see all, ask for a repair
 * proposal, approve (with or without it) and reject. Changes are audited by the audit filter.
 */
@Path("programs/{programId}/absence-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceRequestsResource {

    @Inject
    AbsenceRequestService requests;

    @Inject
    AbsenceApprovals approvals;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public List<AbsenceRequestView> list(@PathParam("programId") long programId, @QueryParam("status") String status,
                                         @Context SecurityContext security) {
        return requests.list(programId, requester(security), status);
    }

    @POST
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public Response request(@PathParam("programId") long programId, NewAbsenceRequest body,
                            @Context SecurityContext security, @Context UriInfo uri) {
        AbsenceRequestView created = requests.submit(programId, body, requester(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{requestId}")
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public AbsenceRequestView get(@PathParam("programId") long programId, @PathParam("requestId") long requestId,
                                  @Context SecurityContext security) {
        return requests.get(programId, requestId, requester(security));
    }

    @POST
    @Path("{requestId}/withdraw")
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public AbsenceRequestView withdraw(@PathParam("programId") long programId, @PathParam("requestId") long requestId,
                                       @Context SecurityContext security) {
        return requests.withdraw(programId, requestId, requester(security));
    }

    @POST
    @Path("{requestId}/repair-proposal")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Response proposeRepair(@PathParam("programId") long programId, @PathParam("requestId") long requestId,
                                  ProposalRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Job job = approvals.proposeRepair(programId, requestId, body, requester(security));
        return Response.accepted(JobView.of(job))
                .location(uri.getBaseUriBuilder().path(JobResource.class).path(String.valueOf(job.getId())).build())
                .build();
    }

    @GET
    @Path("{requestId}/repair-proposal")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public RepairProposalView proposal(@PathParam("programId") long programId, @PathParam("requestId") long requestId,
                                       @Context SecurityContext security) {
        return approvals.proposal(programId, requestId, requester(security));
    }

    @POST
    @Path("{requestId}/approve")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AbsenceRequestView approve(@PathParam("programId") long programId, @PathParam("requestId") long requestId,
                                      Decision decision, @Context SecurityContext security) {
        return approvals.approve(programId, requestId, decision, requester(security));
    }

    @POST
    @Path("{requestId}/reject")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AbsenceRequestView reject(@PathParam("programId") long programId, @PathParam("requestId") long requestId,
                                     Decision decision, @Context SecurityContext security) {
        return requests.reject(programId, requestId, decision, requester(security));
    }

    static Requester requester(SecurityContext security) {
        return new Requester(security.getUserPrincipal().getName(), Actors.staff(security));
    }
}
