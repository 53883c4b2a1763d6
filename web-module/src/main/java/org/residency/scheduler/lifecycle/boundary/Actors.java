package org.residency.scheduler.lifecycle.boundary;

import jakarta.ws.rs.core.SecurityContext;
import org.residency.scheduler.security.entity.Roles;

/** The {@link Actor} of a REST request: coordinators and admins are staff. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName(), staff(security));
    }

    /**
     * The one rule of who is staff, by the authenticated roles: coordinators and admins act for anyone;
     * residents and faculty act for themselves.
     */
    public static boolean staff(SecurityContext security) {
        return security.isUserInRole(Roles.COORDINATOR) || security.isUserInRole(Roles.ADMIN);
    }

    /** Coordinators and admins see drafts and archived schedules; residents and faculty only the published one. */
    public static boolean seesDrafts(SecurityContext security) {
        return staff(security);
    }
}
