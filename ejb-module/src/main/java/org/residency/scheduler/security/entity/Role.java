package org.residency.scheduler.security.entity;

import java.util.Arrays;
import java.util.Optional;

/** The four roles; {@link #groupName()} is the name the container and {@code @RolesAllowed} use. */
public enum Role {
    ADMIN(Roles.ADMIN),
    COORDINATOR(Roles.COORDINATOR),
    FACULTY(Roles.FACULTY),
    RESIDENT(Roles.RESIDENT);

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    /** Residents and faculty act as a person of a program; their accounts link to it. */
    public boolean isPersonal() {
        return this == FACULTY || this == RESIDENT;
    }

    public static Optional<Role> ofGroupName(String name) {
        return Arrays.stream(values()).filter(r -> r.groupName.equals(name)).findFirst();
    }
}
