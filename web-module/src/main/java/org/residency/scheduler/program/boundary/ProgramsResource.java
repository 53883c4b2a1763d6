package org.residency.scheduler.program.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Programs as whole {@code residency-program/1} documents. */
@RequestScoped
@Path("programs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

    @Inject
    ProgramService programs;

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Response create(ProgramDocument document, @Context UriInfo uri) {
        ProgramSummary summary = programs.create(document);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(summary.id())).build())
                .entity(summary).build();
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public List<ProgramSummary> list() {
        return programs.list();
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public ProgramDocument export(@PathParam("id") long id) {
        return programs.export(id);
    }

    @DELETE
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        programs.delete(id);
    }
}
