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

/** The absences of a program, keyed by their stored id (the format gives absences no id of their own). */
@RequestScoped
@Path("programs/{programId}/absences")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AbsencesResource {

    @Inject
    AbsenceService absences;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public List<StoredAbsence> list(@PathParam("programId") long programId) {
        return absences.list(programId);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Response add(@PathParam("programId") long programId, ProgramDocument.Absence absence,
                        @Context UriInfo uri) {
        StoredAbsence added = absences.add(programId, Bodies.required(absence));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public StoredAbsence get(@PathParam("programId") long programId, @PathParam("id") long id) {
        return absences.get(programId, id);
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public StoredAbsence replace(@PathParam("programId") long programId, @PathParam("id") long id,
                   ProgramDocument.Absence absence) {
        return absences.replace(programId, id, Bodies.required(absence));
    }

    @DELETE
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public void remove(@PathParam("programId") long programId, @PathParam("id") long id) {
        absences.remove(programId, id);
    }
}
