package org.residency.scheduler.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cross-origin access for browser clients from the origins listed in {@code CORS_ORIGINS}
 * (comma-separated, as in the seed's configuration); none by default. An origin not listed gets
 * no CORS headers, so the browser blocks it.
 */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "CORS_ORIGINS")
    Optional<String> origins;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !allowed().contains(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Vary", "Origin");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "Content-Type, Authorization");
        headers.putSingle("Access-Control-Max-Age", "3600");
    }

    private List<String> allowed() {
        return Arrays.stream(origins.orElse("").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
