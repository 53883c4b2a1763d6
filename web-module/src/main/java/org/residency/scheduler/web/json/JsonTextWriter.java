package org.residency.scheduler.web.json;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes {@link JsonText} verbatim. A plain String entity might be taken by the JSON-B writer and come out as
 * one quoted JSON string; a type of our own leaves no doubt which writer runs.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonTextWriter implements MessageBodyWriter<JsonText> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonText.class;
    }

    @Override
    public void writeTo(JsonText text, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        // A length instead of chunked transfer encoding: the size is known, and a client may show progress.
        headers.putSingle("Content-Length", text.utf8().length);
        out.write(text.utf8());
    }
}
