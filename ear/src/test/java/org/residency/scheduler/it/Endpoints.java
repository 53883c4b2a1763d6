package org.residency.scheduler.it;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.residency.scheduler.web.RestApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every REST endpoint of the deployed web module, found by reflection over its classes (the
 * residency-web-classes.jar on the test classpath, the same build as the deployed EAR): HTTP method,
 * path template, and the Java type of each path parameter.
 */
final class Endpoints {

    record Endpoint(String method, String template, Map<String, Class<?>> parameters) {

        /** The template with each parameter replaced by the value the function gives for its name and type. */
        String path(Function<Map.Entry<String, Class<?>>, String> value) {
            Matcher m = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Class<?> type = parameters.getOrDefault(m.group(1), String.class);
                m.appendReplacement(out, Matcher.quoteReplacement(value.apply(Map.entry(m.group(1), type))));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private Endpoints() {
    }

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> endpoints.add(new Endpoint(verb,
                        "/api" + join(type.getAnnotation(Path.class), method.getAnnotation(Path.class)),
                        pathParameters(method))));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static java.util.Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst();
    }

    private static Map<String, Class<?>> pathParameters(Method method) {
        Map<String, Class<?>> parameters = new java.util.HashMap<>();
        for (Parameter p : method.getParameters()) {
            PathParam name = p.getAnnotation(PathParam.class);
            if (name != null) {
                parameters.put(name.value(), p.getType());
            }
        }
        return parameters;
    }

    private static String join(Path typePath, Path methodPath) {
        String base = typePath == null ? "" : slash(typePath.value());
        return methodPath == null ? base : base + slash(methodPath.value());
    }

    private static String slash(String segment) {
        String trimmed = segment.endsWith("/") ? segment.substring(0, segment.length() - 1) : segment;
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    private static List<Class<?>> resourceClasses() {
        try (JarFile jar = new JarFile(java.nio.file.Path.of(
                RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            return jar.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> load(n.substring(0, n.length() - 6).replace('/', '.')))
                    .filter(c -> c.isAnnotationPresent(Path.class)).<Class<?>>map(c -> c).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Endpoints.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
