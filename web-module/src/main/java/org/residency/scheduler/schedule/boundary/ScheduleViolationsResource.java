package org.residency.scheduler.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.residency.scheduler.lifecycle.boundary.Actors;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.security.entity.Roles;

/**
 * {@code GET /api/programs/{programId}/schedules/{id}/violations}: the schedule checked now
 * against every hard rule, with the ACGME citation of each violation and the soft metrics.
 */
@Path("programs/{programId}/schedules/{id}/violations")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleViolationsResource {

    @Inject
    ScheduleValidationService validation;

    @Inject
    ScheduleService schedules;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    public ValidationReport violations(@PathParam("programId") long programId, @PathParam("id") String id,
                                       @Context SecurityContext security) {
        schedules.requireVisible(programId, id, Actors.seesDrafts(security));
        return validation.validate(programId, id);
    }
}
