package org.residency.scheduler.security;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import org.residency.scheduler.web.json.JsonText;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The current representation of what a PUT or DELETE is about to change: the same resource class's GET
 * on the same path, called in-process with the request's path parameters. Empty when there is no such
 * GET (or it takes more than path parameters), or when the thing does not exist yet.
 */
final class BeforeImage {

    private BeforeImage() {
    }

    static Optional<String> read(ResourceInfo info, ResourceContext resources,
                                 MultivaluedMap<String, String> pathParameters, SecurityContext caller, Jsonb jsonb) {
        Method write = info.getResourceMethod();
        Optional<Method> read = Arrays.stream(info.getResourceClass().getMethods())
                .filter(m -> m.isAnnotationPresent(GET.class))
                .filter(m -> Objects.equals(path(m), path(write)))
                .filter(m -> Arrays.stream(m.getParameters()).allMatch(p -> p.isAnnotationPresent(PathParam.class)
                        || isCaller(p)))
                .findFirst();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object[] args = Arrays.stream(read.get().getParameters())
                    .map(p -> isCaller(p) ? caller : convert(p, pathParameters.getFirst(p.getAnnotation(PathParam.class).value())))
                    .toArray();
            return Optional.ofNullable(text(read.get().invoke(resources.getResource(info.getResourceClass()), args), jsonb));
        } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
            return Optional.empty(); // not found, or a path the GET does not accept: nothing was there before
        }
    }

    /** A GET may also take the caller ({@code @Context SecurityContext}, e.g. to hide drafts): the writer's caller. */
    private static boolean isCaller(Parameter p) {
        return p.isAnnotationPresent(Context.class) && p.getType() == SecurityContext.class;
    }

    private static String path(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? null : path.value().replaceAll("^/+|/+$", "");
    }

    private static Object convert(Parameter parameter, String value) {
        Class<?> type = parameter.getType();
        if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        }
        return value;
    }

    private static String text(Object result, Jsonb jsonb) {
        Object entity = result instanceof Response r ? r.getEntity() : result;
        if (entity == null) {
            return null;
        }
        return entity instanceof JsonText text ? text.json() : jsonb.toJson(entity);
    }
}
