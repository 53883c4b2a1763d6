package org.residency.scheduler.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.residency.scheduler.export.boundary.ScheduleExports;
import org.residency.scheduler.export.control.SchedulePlan;
import org.residency.scheduler.export.control.ScheduleWorkbook;
import org.residency.scheduler.export.control.WorkbookFile;
import org.residency.scheduler.lifecycle.boundary.Actors;
import org.residency.scheduler.security.entity.Roles;

/**
 * {@code GET /api/programs/{programId}/schedules/{id}/export.xlsx[?block=N]}: the schedule as an Excel
 * workbook, one block (1-based) or, without {@code block}, the whole year. Residents and faculty export
 * only the published schedule (any other is 404 for them, as its GET is). The documents are read in one
 * transaction first (404 for an unknown program or schedule, 400 for a bad block), then the workbook is
 * streamed.
 */
@Path("programs/{programId}/schedules/{id}/export.xlsx")
public class ScheduleWorkbookResource {

    @Inject
    ScheduleExports exports;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @Produces(WorkbookFile.MEDIA_TYPE)
    public Response export(@PathParam("programId") long programId, @PathParam("id") String id,
                           @QueryParam("block") String block, @Context SecurityContext security) {
        SchedulePlan plan = exports.plan(programId, id, Actors.seesDrafts(security));
        Integer number = block(block, plan.blocks());
        ScheduleWorkbook workbook = new ScheduleWorkbook(plan, id);
        StreamingOutput body = out -> {
            if (number == null) {
                workbook.writeYear(out);
            } else {
                workbook.writeBlock(number, out);
            }
        };
        return Response.ok(body, WorkbookFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + WorkbookFile.name(plan, id, number) + "\"")
                .build();
    }

    /** Null for the whole year; otherwise 1..blocks, anything else a 400 that says what would do. */
    static Integer block(String text, int blocks) {
        if (text == null) {
            return null;
        }
        try {
            int block = Integer.parseInt(text.trim());
            if (block >= 1 && block <= blocks) {
                return block;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("block must be a block number from 1 to " + blocks
                + " (or left out for the whole year), got: " + text);
    }
}
