package org.residency.scheduler.security.entity;

/** Role names as compile-time constants, for {@code @RolesAllowed} and web.xml alike. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String FACULTY = "faculty";
    public static final String RESIDENT = "resident";

    private Roles() {
    }
}
