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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.security.entity.Roles;

import java.util.List;

/**
 * Swaps of the published schedule, {@code /api/programs/{programId}/swaps}: residents offer, accept and
 * cancel for themselves; coordinators and admins also approve, reject and roll back.
 */
@Path("programs/{programId}/swaps")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SwapsResource {

    @Inject
    SwapService swaps;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public List<SwapView> list(@PathParam("programId") long programId) {
        return swaps.list(programId);
    }

    @GET
    @Path("{swapId}")
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public SwapView get(@PathParam("programId") long programId, @PathParam("swapId") long swapId) {
        return swaps.get(programId, swapId);
    }

    @POST
    @RolesAllowed({Roles.RESIDENT, Roles.COORDINATOR, Roles.ADMIN})
    public Response offer(@PathParam("programId") long programId, SwapRequest request,
                          @Context SecurityContext security, @Context UriInfo uri) {
        SwapView swap = swaps.offer(programId, request, Actors.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(swap.id())).build()).entity(swap).build();
    }

    @POST
    @Path("{swapId}/accept")
    @RolesAllowed({Roles.RESIDENT, Roles.COORDINATOR, Roles.ADMIN})
    public SwapView accept(@PathParam("programId") long programId, @PathParam("swapId") long swapId,
                           SwapRequest request, @Context SecurityContext security) {
        return swaps.accept(programId, swapId, request, Actors.of(security));
    }

    @POST
    @Path("{swapId}/cancel")
    @RolesAllowed({Roles.RESIDENT, Roles.COORDINATOR, Roles.ADMIN})
    public SwapView cancel(@PathParam("programId") long programId, @PathParam("swapId") long swapId,
                           @Context SecurityContext security) {
        return swaps.cancel(programId, swapId, Actors.of(security));
    }

    @POST
    @Path("{swapId}/approve")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SwapView approve(@PathParam("programId") long programId, @PathParam("swapId") long swapId,
                            DecisionRequest request, @Context SecurityContext security) {
        return swaps.approve(programId, swapId, request, Actors.of(security));
    }

    @POST
    @Path("{swapId}/reject")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SwapView reject(@PathParam("programId") long programId, @PathParam("swapId") long swapId,
                           DecisionRequest request, @Context SecurityContext security) {
        return swaps.reject(programId, swapId, request, Actors.of(security));
    }

    @POST
    @Path("{swapId}/rollback")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SwapView rollBack(@PathParam("programId") long programId, @PathParam("swapId") long swapId,
                             @Context SecurityContext security) {
        return swaps.rollBack(programId, swapId, Actors.of(security));
    }
}
