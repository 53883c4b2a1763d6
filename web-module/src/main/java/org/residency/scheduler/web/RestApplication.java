package org.residency.scheduler.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.residency.scheduler.security.entity.Roles;

/** All REST resources live under {@code /api}; each method declares its roles (see security.RoleCheck). */
@ApplicationPath("api")
@DeclareRoles({Roles.ADMIN, Roles.COORDINATOR, Roles.FACULTY, Roles.RESIDENT})
public class RestApplication extends Application {
}
