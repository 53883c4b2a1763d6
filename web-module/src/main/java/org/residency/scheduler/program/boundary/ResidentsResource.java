package org.residency.scheduler.program.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.format.ProgramDocument;

import java.util.List;
import org.residency.scheduler.security.entity.Roles;

/** The residents of a program, keyed by their id in the document (e.g. R01). */
@RequestScoped
@Path("programs/{programId}/residents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ResidentsResource {

    @Inject
    ResidentService residents;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public List<ProgramDocument.Resident> list(@PathParam("programId") long programId) {
        return residents.list(programId);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Response add(@PathParam("programId") long programId, ProgramDocument.Resident resident,
                        @Context UriInfo uri) {
        ProgramDocument.Resident added = residents.add(programId, Bodies.required(resident));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public ProgramDocument.Resident get(@PathParam("programId") long programId, @PathParam("id") String id) {
        return residents.get(programId, id);
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public ProgramDocument.Resident replace(@PathParam("programId") long programId, @PathParam("id") String id,
                   ProgramDocument.Resident resident) {
        return residents.replace(programId, id, Bodies.required(resident));
    }

    @DELETE
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public void remove(@PathParam("programId") long programId, @PathParam("id") String id) {
        residents.remove(programId, id);
    }
}
