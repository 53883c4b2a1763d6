package org.residency.scheduler.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.residency.scheduler.security.boundary.AuditService;
import org.residency.scheduler.security.entity.AuditEntry;
import org.residency.scheduler.web.PathTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every successful change through the REST API (POST, PUT, DELETE answered below 400): who,
 * when, method, path, the resource's path template, the status, what a POST created, the representation
 * before a PUT or DELETE and the request body after, passwords redacted. Runs after the role check, so
 * refused requests change nothing and are not recorded.
 */
@Provider
@Priority(Priorities.USER)
public class AuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE");
    private static final String BEFORE = AuditFilter.class.getName() + ".before";
    private static final String AFTER = AuditFilter.class.getName() + ".after";
    /** Larger images (a whole schedule) are noted by size only: the audit log is not a backup. */
    static final int MAX_IMAGE_CHARS = 256 * 1024;

    @Inject
    AuditService audit;

    @Context
    ResourceInfo resource;

    @Context
    ResourceContext resources;

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        if (request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            request.setProperty(AFTER, Redaction.forAudit(new String(body, StandardCharsets.UTF_8), MAX_IMAGE_CHARS));
        }
        if (!request.getMethod().equals("POST")) {
            BeforeImage.read(resource, resources, request.getUriInfo().getPathParameters(),
                            request.getSecurityContext(), jsonb())
                    .ifPresent(before -> request.setProperty(BEFORE, Redaction.forAudit(before, MAX_IMAGE_CHARS)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!CHANGES.contains(request.getMethod()) || response.getStatus() >= 400 || resource.getResourceMethod() == null) {
            return;
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        URI location = response.getLocation();
        AuditEntry entry = new AuditEntry(caller == null ? null : caller.getName(), request.getMethod(),
                request.getUriInfo().getRequestUri().getPath(), PathTemplate.of(resource), response.getStatus())
                .withImages(location == null ? null : location.getPath(),
                        (String) request.getProperty(BEFORE), (String) request.getProperty(AFTER));
        try {
            audit.record(entry);
        } catch (RuntimeException e) {
            // The change itself has committed; losing its audit entry is logged loudly, not turned into an error.
            LOG.log(Level.SEVERE, "Could not record the audit entry for " + entry.getMethod() + " " + entry.getPath(), e);
        }
    }

    private Jsonb jsonb() {
        ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
        return resolver != null ? resolver.getContext(Object.class) : JsonbBuilder.create();
    }
}
