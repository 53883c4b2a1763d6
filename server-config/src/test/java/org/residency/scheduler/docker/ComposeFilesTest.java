package org.residency.scheduler.docker;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker/docker-compose.yml and docker-compose.prod.yml as Compose would read them, checked
 * without a Docker engine: the services, the startup order on health, the networks that keep the
 * database and Redis internal, the published ports, the mounted files, and the file secrets.
 */
class ComposeFilesTest {

    static final Path DOCKER = Path.of("..", "docker");

    @Test
    void theSystemHasItsServicesAndProfiles() {
        Map<String, Object> services = services("docker-compose.yml");
        assertEquals(Set.of("db", "redis", "app", "nginx", "prometheus", "blackbox", "grafana"), services.keySet());
        assertEquals("postgres:15", map(services, "db").get("image"));
        assertEquals("redis:7", map(services, "redis").get("image"));
        for (String monitoring : List.of("prometheus", "blackbox", "grafana")) {
            assertEquals(List.of("monitoring"), map(services, monitoring).get("profiles"), monitoring);
        }
        for (String core : List.of("db", "redis", "app", "nginx")) {
            assertFalse(map(services, core).containsKey("profiles"), core + " must start by default");
        }
    }

    @Test
    void servicesStartInOrderOfHealth() {
        Map<String, Object> services = services("docker-compose.yml");
        assertEquals(Map.of("db", "service_healthy", "redis", "service_healthy"), dependencies(services, "app"));
        assertEquals(Map.of("app", "service_healthy"), dependencies(services, "nginx"));
        for (var service : services.entrySet()) {
            Map<String, Object> definition = cast(service.getValue());
            assertTrue(definition.containsKey("healthcheck"), service.getKey() + " has no healthcheck");
            for (String dependency : dependencies(services, service.getKey()).keySet()) {
                assertTrue(map(services, dependency).containsKey("healthcheck"), dependency + " cannot become healthy");
            }
        }
        String appCheck = list(map(map(services, "app"), "healthcheck").get("test")).toString();
        assertTrue(appCheck.contains("/health/ready"), appCheck);
    }

    @Test
    void onlyNginxIsPublishedAndTheDataStoresStayInternal() {
        Map<String, Object> compose = read("docker-compose.yml");
        Map<String, Object> services = cast(compose.get("services"));
        assertEquals(List.of("443:443", "80:80"), map(services, "nginx").get("ports"));
        for (String name : List.of("db", "redis", "app", "prometheus", "blackbox")) {
            assertFalse(map(services, name).containsKey("ports"), name + " publishes a port");
        }
        assertEquals(List.of("127.0.0.1:3000:3000"), map(services, "grafana").get("ports"), "Grafana on loopback only");
        assertEquals(List.of("backend"), map(services, "db").get("networks"));
        assertEquals(List.of("backend"), map(services, "redis").get("networks"));
        assertEquals(List.of("backend", "frontend"), map(services, "app").get("networks"));
        assertEquals(List.of("frontend"), map(services, "nginx").get("networks"));
        assertEquals(true, map(map(compose, "networks"), "backend").get("internal"));
    }

    @Test
    void everyMountedFileExists() {
        for (String file : List.of("docker-compose.yml")) {
            for (var service : services(file).entrySet()) {
                for (Object volume : list(((Map<?, ?>) service.getValue()).get("volumes"))) {
                    String source = volume.toString().split(":")[0];
                    if (source.startsWith(".")) {
                        assertTrue(Files.exists(DOCKER.resolve(source)), service.getKey() + " mounts missing " + source);
                    }
                }
            }
        }
        Map<String, Object> app = map(services("docker-compose.yml"), "app");
        assertEquals("docker/Dockerfile", map(app, "build").get("dockerfile"));
        assertTrue(Files.exists(DOCKER.resolve("Dockerfile")));
    }

    @Test
    void productionTakesSecretsFromFilesAndLimitsResources() {
        Map<String, Object> prod = read("docker-compose.prod.yml");
        Map<String, Object> services = cast(prod.get("services"));
        Set<String> declared = map(prod, "secrets").keySet();
        for (var service : services.entrySet()) {
            Map<String, Object> definition = cast(service.getValue());
            Map<String, Object> limits = map(map(map(definition, "deploy"), "resources"), "limits");
            assertTrue(limits.containsKey("memory") && limits.containsKey("cpus"), service.getKey() + " has no limits");
            Map<String, Object> env = definition.containsKey("environment") ? map(definition, "environment") : Map.of();
            Set<String> used = new TreeSet<>();
            for (var variable : env.entrySet()) {
                if (variable.getKey().endsWith("_FILE")) {
                    String path = variable.getValue().toString();
                    assertTrue(path.startsWith("/run/secrets/"), variable.getKey());
                    used.add(path.substring("/run/secrets/".length()));
                    String plain = variable.getKey().replaceAll("_{1,2}FILE$", "");
                    assertEquals("", env.getOrDefault(plain, ""), plain + " must not also be given in clear");
                }
            }
            assertTrue(list(definition.get("secrets")).containsAll(used), service.getKey() + " reads secrets it does not mount");
            assertTrue(declared.containsAll(list(definition.get("secrets"))), service.getKey() + " uses an undeclared secret");
        }
        assertEquals("/run/secrets/db_password", map(map(services, "app"), "environment").get("DB_PASSWORD_FILE"));
        assertTrue(services("docker-compose.yml").keySet().containsAll(services.keySet()), "prod overrides unknown services");
    }

    static Map<String, Object> services(String file) {
        return cast(read(file).get("services"));
    }

    static Map<String, Object> read(String file) {
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve(file))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> dependencies(Map<String, Object> services, String name) {
        Map<String, Object> service = map(services, name);
        Map<String, String> conditions = new java.util.HashMap<>();
        if (service.get("depends_on") instanceof Map<?, ?> dependsOn) {
            dependsOn.forEach((key, value) -> conditions.put(key.toString(), ((Map<?, ?>) value).get("condition").toString()));
        }
        return conditions;
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, key + " is not a mapping");
        return cast(value);
    }

    static List<Object> list(Object value) {
        return value == null ? List.of() : cast(value);
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}
