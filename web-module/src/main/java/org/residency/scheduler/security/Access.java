package org.residency.scheduler.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

/**
 * The role rule a resource method declares: its own {@code @PermitAll}, {@code @DenyAll} or
 * {@code @RolesAllowed}, else its class's. Empty when neither declares one; such a method is refused
 * to everybody (deny by default), so a forgotten rule shows up as a 403 and in the test matrix.
 */
public record Access(Kind kind, Set<String> roles) {

    public enum Kind { PERMIT_ALL, DENY_ALL, ROLES }

    /** A method the application wrote for an HTTP method ({@code @GET}, {@code @POST}, ...). */
    public static boolean isResourceMethod(Method method) {
        return java.util.Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    public static Optional<Access> declared(Class<?> type, Method method) {
        return on(method).or(() -> on(type));
    }

    private static Optional<Access> on(AnnotatedElement element) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(new Access(Kind.PERMIT_ALL, Set.of()));
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new Access(Kind.DENY_ALL, Set.of()));
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? Optional.empty() : Optional.of(new Access(Kind.ROLES, Set.of(roles.value())));
    }
}
