package org.residency.scheduler.web.json;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;
import org.residency.scheduler.web.problem.Problems;

/**
 * Refuses bodies over {@code api.max-body-bytes} (default 10 MiB) with 413 before anything parses them:
 * at once when Content-Length says so, otherwise when the counted stream passes the limit.
 */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {

    static final long DEFAULT_MAX = 10L * 1024 * 1024;

    private final long max;

    public BodySizeFilter() {
        this(ConfigProvider.getConfig().getOptionalValue("api.max-body-bytes", Long.class).orElse(DEFAULT_MAX));
    }

    BodySizeFilter(long max) {
        this.max = max;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > max) {
            request.abortWith(Problems.response(new BodyTooLargeException(max), request.getUriInfo()));
            return;
        }
        if (request.hasEntity() && request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), max));
        }
    }
}
