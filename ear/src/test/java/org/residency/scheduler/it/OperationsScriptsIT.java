package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/health-check.sh and scripts/verify-data against the running test domain. */
class OperationsScriptsIT extends DeployedApplication {

    @Test
    void healthCheckPassesWhenEverythingIsUp() {
        Scripts.Result check = Scripts.run(Scripts.testDomain(), "scripts/health-check.sh", "--verbose");
        assertEquals(0, check.status(), check::toString);
        for (String name : new String[]{"database", "redis", "live", "ready", "broker", "metrics"}) {
            assertTrue(check.output().lines().anyMatch(l -> l.matches("OK +" + name + " .*")), name + " missing: " + check);
        }
        assertTrue(check.output().contains("healthy"));
    }

    @Test
    void secretsCanBeGivenAsFiles() throws Exception {
        Map<String, String> env = new HashMap<>(Scripts.testDomain());
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("database-url", "");
        java.nio.file.Files.writeString(secret, env.remove("DATABASE_URL"));
        env.put("DATABASE_URL_FILE", secret.toString());
        Scripts.Result check = Scripts.run(env, "scripts/health-check.sh", "--verbose");
        assertEquals(0, check.status(), check::toString);
        assertTrue(check.output().lines().anyMatch(l -> l.matches("OK +database .*/residency_test")), check::toString);
    }

    @Test
    void healthCheckFailsWhenTheApplicationIsDown() {
        Map<String, String> env = new HashMap<>(Scripts.testDomain());
        env.put("APP_URL", "http://127.0.0.1:20099");   // nothing listens there
        Scripts.Result check = Scripts.run(env, "scripts/health-check.sh");
        assertEquals(1, check.status(), check::toString);
        assertTrue(check.output().lines().anyMatch(l -> l.startsWith("FAIL ready")), check::toString);
        assertTrue(check.output().lines().noneMatch(l -> l.startsWith("OK")), "quiet on success without --verbose");
    }

    @Test
    void healthCheckFailsWhenTheDatabaseIsUnreachable() {
        Map<String, String> env = new HashMap<>(Scripts.testDomain());
        env.put("DATABASE_URL", "postgresql://postgres@127.0.0.1:20099/residency_test");
        Scripts.Result check = Scripts.run(env, "scripts/health-check.sh", "--verbose");
        assertEquals(1, check.status(), check::toString);
        assertTrue(check.output().lines().anyMatch(l -> l.startsWith("FAIL database")), check::toString);
        assertTrue(check.output().lines().anyMatch(l -> l.startsWith("OK   ready")), "the application itself is fine");
    }

    @Test
    void verifyDataValidatesStoredSchedulesAndFindsMisdatedDays() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("verify");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "6",
                "--faculty", "3", "--seed", "9", "--blocks", "2", "--name", "Verify " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        var created = api.post("/api/programs", Api.text(dir.resolve("p.json")));
        long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(201, api.put("/api/programs/" + id + "/schedules/planted", Api.text(dir.resolve("s.json"))).statusCode());

        Scripts.Result clean = Scripts.run(Scripts.testDomain(), "scripts/verify-data");
        assertTrue(clean.output().contains("OK   within-year"), clean::toString);
        assertTrue(clean.output().matches("(?s).*OK   rules: [1-9][0-9]* stored schedules validated.*"), clean::toString);

        // A day stored under the wrong date: no constraint stops it, verify-data must.
        Scripts.Result corrupt = Scripts.run(Scripts.testDomain(), "scripts/lib/psql-test.sh",
                "UPDATE day_session SET day_date = day_date + 1 WHERE id = (SELECT min(d.id) FROM day_session d"
                        + " JOIN schedule s ON s.id = d.schedule_id WHERE s.program_id = " + id + ")");
        assertEquals(0, corrupt.status(), corrupt::toString);
        try {
            Scripts.Result found = Scripts.run(Scripts.testDomain(), "scripts/verify-data");
            assertEquals(1, found.status(), found::toString);
            assertTrue(found.output().contains("FAIL within-year: 1 rows"), found::toString);
        } finally {
            api.delete("/api/programs/" + id);
        }
        assertTrue(Scripts.run(Scripts.testDomain(), "scripts/verify-data").output().contains("OK   within-year"));
    }
}
