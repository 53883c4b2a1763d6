package org.residency.scheduler.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
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
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.export.boundary.CalendarFeedService;
import org.residency.scheduler.export.boundary.CalendarFeedStatus;
import org.residency.scheduler.export.boundary.IssuedFeed;
import org.residency.scheduler.export.control.FeedToken;
import org.residency.scheduler.lifecycle.boundary.Actors;
import org.residency.scheduler.security.entity.Roles;

import java.net.URI;

/**
 * {@code /api/programs/{programId}/people/{personId}/calendar-feed}: whether a person has a feed
 * ({@code GET}), a new secret feed URL ({@code POST}, the old one stops working), revoking it
 * ({@code DELETE}). Residents and faculty manage only their own feed (403 for anyone else's, before
 * saying whether that person exists); coordinators and admins anyone's.
 */
@Path("programs/{programId}/people/{personId}/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    /** The issued URL and token, shown once: the response of {@code POST}. */
    public record Issued(String url, String token, CalendarFeedStatus feed) {
    }

    @Inject
    CalendarFeedService feeds;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public CalendarFeedStatus status(@PathParam("programId") long programId, @PathParam("personId") String personId,
                                     @Context SecurityContext caller) {
        requireMayManage(caller, programId, personId);
        return feeds.status(programId, personId).orElseThrow(() ->
                new ResourceNotFoundException("no calendar feed for " + personId + " in program " + programId));
    }

    /**
     * 201 with the feed's URL and token in the body. The {@code Location} is this resource, never the
     * secret URL, so the audit log (which records locations) does not learn the token.
     */
    @POST
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public Response issue(@PathParam("programId") long programId, @PathParam("personId") String personId,
                          @Context SecurityContext caller, @Context UriInfo uri) {
        requireMayManage(caller, programId, personId);
        IssuedFeed issued = feeds.issue(programId, personId, caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePath())
                .entity(new Issued(url(uri.getBaseUri(), issued.token()).toString(), issued.token(), issued.status()))
                .build();
    }

    @DELETE
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public void revoke(@PathParam("programId") long programId, @PathParam("personId") String personId,
                       @Context SecurityContext caller) {
        requireMayManage(caller, programId, personId);
        feeds.revoke(programId, personId);
    }

    /** The anonymous feed URL of a token under the API's base URI. */
    public static URI url(URI apiBase, String token) {
        return apiBase.resolve(FeedToken.apiPath(token));
    }

    private void requireMayManage(SecurityContext caller, long programId, String personId) {
        if (!feeds.mayManage(caller.getUserPrincipal().getName(), Actors.staff(caller), programId, personId)) {
            throw new ForbiddenException("residents and faculty manage only their own calendar feed");
        }
    }
}
