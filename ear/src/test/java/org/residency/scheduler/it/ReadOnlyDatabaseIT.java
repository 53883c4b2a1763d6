package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database turned read-only under the application ({@code default_transaction_read_only}, as on a
 * standby or during maintenance): reads go on, every change is a clear 503, readiness says it.
 */
class ReadOnlyDatabaseIT extends DeployedApplication {

    @Test
    void changesAreRefusedClearlyAndReadsGoOn() {
        Generated first = Generated.of(6, 3, 41, 2);
        long id = first.store(api);
        Generated second = Generated.of(6, 3, 42, 2);

        readOnly(true);
        try {
            HttpResponse<String> post = api.post("/api/programs", Api.text(second.program()));
            assertEquals(503, post.statusCode(), post.body());
            JsonObject problem = Api.json(post.body()).asJsonObject();
            assertEquals("/problems/database-read-only", problem.getString("type"), problem::toString);
            assertTrue(problem.getString("detail").contains("read-only"), problem::toString);
            assertEquals("60", post.headers().firstValue("Retry-After").orElse("none"));
            assertEquals(503, api.delete("/api/programs/" + id).statusCode(), "a delete is a change too");

            assertEquals(200, api.get("/api/programs/" + id).statusCode(), "reads go on");
            HttpResponse<String> ready = api.get("/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            JsonObject database = TestDomain.check(Api.json(ready.body()).asJsonObject(), "database").orElseThrow();
            assertEquals("false", writable(database), database::toString);
        } finally {
            readOnly(false);
        }
        assertEquals(200, api.get("/api/programs/" + id).statusCode(), "the refused delete deleted nothing");
        assertFalse(api.get("/api/programs").body().contains(second.name()), "the refused POST stored nothing");
        assertEquals(201, api.post("/api/programs", Api.text(second.program())).statusCode(), "writable again");
        JsonObject database = TestDomain.check(Api.json(api.get("/health/ready").body()).asJsonObject(), "database").orElseThrow();
        assertEquals("true", writable(database), database::toString);
    }

    /** Payara writes a check's boolean data as a string. */
    private static String writable(JsonObject check) {
        return check.getJsonObject("data").get("writable").toString().replace("\"", "");
    }

    /** Sets the test database's default from the server's "postgres" database, then renews the pool's connections. */
    private static void readOnly(boolean on) {
        Map<String, String> env = new HashMap<>(Scripts.testDomain());
        URI url = URI.create(env.get("DATABASE_URL"));
        String name = url.getPath().substring(1);
        env.put("DATABASE_URL", env.get("DATABASE_URL").replaceFirst("/" + name + "$", "/postgres"));
        Scripts.Result set = Scripts.run(env, "scripts/lib/psql-test.sh", "ALTER DATABASE \"" + name + "\" "
                + (on ? "SET default_transaction_read_only = on" : "RESET default_transaction_read_only"));
        assertEquals(0, set.status(), set::toString);
        Asadmin.run("flush-connection-pool", "residency-pool");
    }
}
