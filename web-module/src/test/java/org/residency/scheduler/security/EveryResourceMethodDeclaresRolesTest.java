package org.residency.scheduler.security;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.web.RestApplication;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails as soon as a resource method is added without a role rule, before any server runs. */
class EveryResourceMethodDeclaresRolesTest {

    @Test
    void everyResourceMethodHasARule() throws Exception {
        List<String> missing = new ArrayList<>();
        int methods = 0;
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Access.isResourceMethod(method)) {
                    methods++;
                    if (Access.declared(type, method).isEmpty()) {
                        missing.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(methods > 30, "found only " + methods + " resource methods: is the scan broken?");
        assertEquals(List.of(), missing);
    }

    static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        var root = java.nio.file.Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EveryResourceMethodDeclaresRolesTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .<Class<?>>map(c -> c).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EveryResourceMethodDeclaresRolesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
