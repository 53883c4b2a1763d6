package org.residency.scheduler.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import org.residency.scheduler.security.entity.Roles;

/** {@code GET /api/system/health-snapshots}: the latest periodic snapshots, newest first. */
@Path("system/health-snapshots")
@Produces(MediaType.APPLICATION_JSON)
public class HealthSnapshotResource {

    @Inject
    HealthSnapshotService snapshots;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<HealthSnapshot> latest(@QueryParam("limit") @DefaultValue("20") int limit) {
        return snapshots.latest(Math.max(1, Math.min(limit, 500)));
    }
}
