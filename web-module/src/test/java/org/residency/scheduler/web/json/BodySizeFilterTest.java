package org.residency.scheduler.web.json;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.web.problem.Problem;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodySizeFilterTest {

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() {
        Map<String, Object> request = request(2048, "2048", new ByteArrayInputStream(new byte[2048]));
        new BodySizeFilter(1024).filter(fake(request));
        Response aborted = (Response) request.get("abortWith");
        assertEquals(413, aborted.getStatus());
        assertEquals("/problems/payload-too-large", ((Problem) aborted.getEntity()).type());
    }

    @Test
    void aChunkedBodyIsCountedWhileItIsRead() throws Exception {
        Map<String, Object> request = request(-1, null, new ByteArrayInputStream(new byte[2048]));
        new BodySizeFilter(1024).filter(fake(request));
        assertNull(request.get("abortWith"));
        InputStream limited = (InputStream) request.get("entityStream");
        assertEquals(1000, limited.readNBytes(1000).length);
        assertThrows(BodyTooLargeException.class, () -> limited.readNBytes(100));
    }

    @Test
    void aBodyWithinTheLimitPasses() throws Exception {
        Map<String, Object> request = request(-1, null, new ByteArrayInputStream(new byte[1024]));
        new BodySizeFilter(1024).filter(fake(request));
        assertEquals(1024, ((InputStream) request.get("entityStream")).readAllBytes().length);
        assertNull(request.get("abortWith"));
    }

    private static Map<String, Object> request(int length, String header, InputStream body) {
        Map<String, Object> state = new HashMap<>();
        state.put("length", length);
        state.put("header", header);
        state.put("entityStream", body);
        return state;
    }

    /** Just the request methods the filter uses, over a map. */
    private static ContainerRequestContext fake(Map<String, Object> state) {
        return (ContainerRequestContext) Proxy.newProxyInstance(BodySizeFilterTest.class.getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getLength" -> state.get("length");
                    case "hasEntity" -> true;
                    case "getUriInfo" -> null;
                    case "getHeaderString" -> state.get("header");
                    case "getEntityStream" -> state.get("entityStream");
                    case "setEntityStream" -> state.put("entityStream", args[0]);
                    case "abortWith" -> state.put("abortWith", args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
