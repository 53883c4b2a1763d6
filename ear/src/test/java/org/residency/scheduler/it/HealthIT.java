package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readiness follows the database: DOWN while the pool points at a port with no PostgreSQL, UP again after. */
class HealthIT extends DeployedApplication {

    private static final String PORT_PROPERTY = "resources.jdbc-connection-pool.residency-pool.property.portNumber";

    @Test
    void readyAndLiveWhenEverythingRuns() {
        HttpResponse<String> ready = api.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject body = Api.json(ready.body()).asJsonObject();
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", check(body, "database"));
        assertEquals("UP", check(body, "jms-broker"));
        assertEquals("UP", check(body, "schema"));
        assertEquals("UP", check(body, "redis"));
        assertEquals(200, api.get("/health/live").statusCode());
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachable() {
        String configuredPort = Asadmin.run("get", PORT_PROPERTY).lines()
                .filter(l -> l.startsWith(PORT_PROPERTY)).findFirst().orElseThrow()
                .substring(PORT_PROPERTY.length() + 1);
        try {
            Asadmin.run("set", PORT_PROPERTY + "=1");
            Asadmin.run("flush-connection-pool", "residency-pool");
            HttpResponse<String> ready = api.get("/health/ready");
            assertEquals(503, ready.statusCode(), ready.body());
            assertEquals("DOWN", check(Api.json(ready.body()).asJsonObject(), "database"));
        } finally {
            Asadmin.run("set", PORT_PROPERTY + "=" + configuredPort);
            Asadmin.run("flush-connection-pool", "residency-pool");
        }
        HttpResponse<String> again = api.get("/health/ready");
        assertEquals(200, again.statusCode(), again.body());
    }

    private static String check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name")))
                .map(c -> c.getString("status"))
                .findFirst().orElse("missing");
    }
}
