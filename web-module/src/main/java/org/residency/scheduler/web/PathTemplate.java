package org.residency.scheduler.web;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

import java.lang.reflect.Method;

/** The path template of the matched resource method, e.g. {@code /api/programs/{programId}/residents/{id}}. */
public final class PathTemplate {

    private PathTemplate() {
    }

    public static String of(ResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (type == null || method == null) {
            return "unmatched";
        }
        return "/api" + join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
    }

    private static String join(Path typePath, Path methodPath) {
        String base = typePath == null ? "" : slash(typePath.value());
        return methodPath == null ? base : base + slash(methodPath.value());
    }

    private static String slash(String segment) {
        String trimmed = segment.endsWith("/") ? segment.substring(0, segment.length() - 1) : segment;
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }
}
