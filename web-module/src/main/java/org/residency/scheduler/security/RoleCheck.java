package org.residency.scheduler.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.residency.scheduler.web.problem.Problem;
import org.residency.scheduler.web.problem.ProblemType;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Enforces the role rule of every REST resource method before it runs (and before its body is read):
 * refused credentials are 401 (or 429 while throttled), no credentials on a non-public method 401
 * with a Basic challenge, a caller without one of the roles 403, a method without a rule 403.
 * <p>
 * It runs before Payara's own {@code @RolesAllowed} filter (priority AUTHORIZATION, from its MicroProfile
 * JWT support, active in an EAR whatever payara-web.xml says): that one would answer anonymous callers
 * with a JWT message and cannot tell refused or throttled credentials from none. It still runs after
 * this one, for the requests this one lets through, and agrees with it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RoleCheck implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        AuthFailure failure = AuthFailure.of(servletRequest);
        if (failure != null) {
            request.abortWith(failure.kind() == AuthFailure.Kind.THROTTLED ? throttled(failure, path) : unauthorized(path,
                    "the credentials were not accepted"));
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null || !Access.isResourceMethod(method)) {
            return; // the runtime's own handlers (automatic OPTIONS for CORS preflights): no data behind them
        }
        Optional<Access> access = Access.declared(resource.getResourceClass(), method);
        if (access.isEmpty()) {
            LOG.severe(() -> resource.getResourceClass().getName() + "." + resource.getResourceMethod().getName()
                    + " declares no role rule (@RolesAllowed/@PermitAll/@DenyAll): refused to everybody");
        }
        Access rule = access.orElse(new Access(Access.Kind.DENY_ALL, java.util.Set.of()));
        SecurityContext caller = request.getSecurityContext();
        if (rule.kind() == Access.Kind.PERMIT_ALL) {
            return;
        }
        if (caller.getUserPrincipal() == null) {
            request.abortWith(unauthorized(path, "sign in with HTTP Basic credentials"));
        } else if (rule.kind() == Access.Kind.DENY_ALL || rule.roles().stream().noneMatch(caller::isUserInRole)) {
            request.abortWith(problem(ProblemType.FORBIDDEN, path, "this needs one of the roles "
                    + String.join(", ", rule.roles().stream().sorted().toList())).build());
        }
    }

    private static Response unauthorized(String path, String detail) {
        return problem(ProblemType.UNAUTHORIZED, path, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, SchedulerAuthentication.CHALLENGE).build();
    }

    private static Response throttled(AuthFailure failure, String path) {
        return problem(ProblemType.TOO_MANY_REQUESTS, path, "try again in " + failure.retryAfterSeconds() + " s")
                .header(HttpHeaders.RETRY_AFTER, failure.retryAfterSeconds()).build();
    }

    private static Response.ResponseBuilder problem(ProblemType type, String path, String detail) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, path, List.of()));
    }
}
