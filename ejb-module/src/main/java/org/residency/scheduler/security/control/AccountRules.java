package org.residency.scheduler.security.control;

import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.security.entity.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The shape of an account, checked before anything is stored: username, roles, and the person link. */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private AccountRules() {
    }

    public static List<FieldError> checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return List.of(new FieldError("username", "must be 3 to 64 of a-z, 0-9, '.', '_', '-'"));
        }
        return List.of();
    }

    /** The roles by name; unknown names are reported under {@code roles[i]}. */
    public static Set<Role> roles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("roles", "at least one of admin, coordinator, faculty, resident"));
            return roles;
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<Role> role = Role.ofGroupName(names.get(i));
            if (role.isEmpty()) {
                errors.add(new FieldError("roles[" + i + "]", "unknown role " + names.get(i)));
            }
            role.ifPresent(roles::add);
        }
        if (roles.contains(Role.RESIDENT) && roles.contains(Role.FACULTY)) {
            errors.add(new FieldError("roles", "a person is a resident or a faculty member, not both"));
        }
        return roles;
    }

    /** A resident or faculty account names its person; the others may, but need not. */
    public static List<FieldError> checkPersonLink(Set<Role> roles, Long programId, String personId) {
        List<FieldError> errors = new ArrayList<>();
        boolean personal = roles.stream().anyMatch(Role::isPersonal);
        boolean linked = programId != null || personId != null;
        if (personal && (programId == null || personId == null)) {
            errors.add(new FieldError("personId", "a resident or faculty account needs programId and personId"));
        } else if (linked && (programId == null || personId == null)) {
            errors.add(new FieldError("personId", "programId and personId go together"));
        }
        return errors;
    }
}
