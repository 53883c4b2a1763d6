package org.residency.scheduler.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;

/**
 * Times every REST request into {@code http_server_requests_seconds} tagged with method, the
 * resource's path template (not the raw path, so ids do not explode the series) and status.
 */
@Provider
@PreMatching
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";
    private static final Metadata REQUESTS = Metadata.builder()
            .withName("http_server_requests")
            .withDescription("REST requests by method, path template and status")
            .withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        registry.timer(REQUESTS,
                        new Tag("method", request.getMethod()),
                        new Tag("path", template()),
                        new Tag("status", Integer.toString(response.getStatus())))
                .update(Duration.ofNanos(System.nanoTime() - start));
    }

    private String template() {
        return PathTemplate.of(resource);
    }
}
