package org.residency.scheduler.web;

import jakarta.ws.rs.core.MultivaluedMap;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Jersey's request pipeline in memory: real binding, filters, mappers and writers, no HTTP and no server. */
final class Pipeline {

    record Result(int status, MultivaluedMap<String, Object> headers, String body) {
        String header(String name) {
            Object value = headers.getFirst(name);
            return value == null ? null : value.toString();
        }
    }

    private final ApplicationHandler handler;

    Pipeline(ResourceConfig config) {
        this.handler = new ApplicationHandler(config);
    }

    /** Sends a request; a null contentLength leaves the header out, as a chunked body would. */
    Result send(String method, String path, String contentType, String body, boolean declareLength) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/api/"),
                URI.create("http://localhost/api/" + path), method, null, new MapPropertiesDelegate(), null);
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            request.setEntityStream(new ByteArrayInputStream(bytes));
            request.header("Content-Type", contentType);
            if (declareLength) {
                request.header("Content-Length", String.valueOf(bytes.length));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.setWriter(new Capture(out));
        ContainerResponse response = handler.apply(request, out).get(10, TimeUnit.SECONDS);
        return new Result(response.getStatus(), response.getHeaders(), out.toString(StandardCharsets.UTF_8));
    }

    private record Capture(OutputStream out) implements ContainerResponseWriter {
        @Override
        public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse response) {
            return out;
        }

        @Override
        public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
            return false;
        }

        @Override
        public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {
        }

        @Override
        public void commit() {
        }

        @Override
        public void failure(Throwable error) {
        }

        @Override
        public boolean enableResponseBuffering() {
            return false;
        }
    }
}
