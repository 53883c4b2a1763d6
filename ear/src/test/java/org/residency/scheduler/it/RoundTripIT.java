package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a coordinator imports comes back unchanged: the example programs and a generated program
 * with its planted schedule, through the deployed REST API on PostgreSQL (and the Redis cache).
 */
class RoundTripIT extends DeployedApplication {

    @Test
    void examplePrograms() {
        for (String example : new String[]{"examples/small.json", "examples/realistic.json"}) {
            String document = Api.text(Api.formats(example)).replace("\"name\": \"", "\"name\": \"RT " + System.nanoTime() + " ");
            HttpResponse<String> created = api.post("/api/programs", document);
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> back = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(location)).GET());
            assertEquals(200, back.statusCode());
            assertEquals(Api.json(document), Api.json(back.body()), example + " did not round-trip");
        }
    }

    @Test
    void generatedProgramWithScheduleValidatedAsAJob() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("roundtrip");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "12",
                "--faculty", "6", "--seed", "11", "--name", "RT generated " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        String program = Api.text(dir.resolve("p.json"));
        String schedule = Api.text(dir.resolve("s.json"));

        HttpResponse<String> created = api.post("/api/programs", program);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(Api.json(program), Api.json(api.get("/api/programs/" + id).body()));

        String path = "/api/programs/" + id + "/schedules/planted";
        assertEquals(201, api.put(path, schedule).statusCode());
        for (int read = 0; read < 2; read++) {   // the second read may come from the cache
            HttpResponse<String> back = api.get(path);
            assertEquals(200, back.statusCode());
            assertEquals(Api.json(schedule), Api.json(back.body()));
        }
        assertEquals(200, api.put(path, schedule).statusCode(), "a second PUT replaces");

        HttpResponse<String> submitted = api.post(path + "/validation", "");
        assertEquals(202, submitted.statusCode(), submitted.body());
        String job = java.net.URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject done = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), Duration.ofSeconds(60));
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        assertEquals(100, done.getInt("progress"));
        assertTrue(done.getJsonObject("result").getBoolean("ok"), "the planted schedule has no violation");
        assertEquals(path + "/violations", done.getString("resultLink"));
        assertEquals(200, api.get(done.getString("resultLink")).statusCode());
    }

    @Test
    void validationJobReportsViolationsOfABrokenSchedule() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("broken");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "6",
                "--faculty", "3", "--seed", "5", "--blocks", "2", "--name", "RT broken " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        JsonObject schedule = Api.file(dir.resolve("s.json")).asJsonObject();
        // Nobody on call on the first night: one call-coverage violation.
        var calls = jakarta.json.Json.createArrayBuilder(schedule.getJsonArray("call")).set(0, jakarta.json.JsonValue.NULL);
        String broken = jakarta.json.Json.createObjectBuilder(schedule).add("call", calls).build().toString();

        HttpResponse<String> created = api.post("/api/programs", Api.text(dir.resolve("p.json")));
        long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/programs/" + id + "/schedules/import", broken).statusCode());
        String sid = api.get("/api/programs/" + id + "/schedules").body();
        String scheduleId = Api.json(sid).asJsonArray().getJsonObject(0).getString("id");
        JsonObject report = Api.json(api.get("/api/programs/" + id + "/schedules/" + scheduleId + "/violations").body())
                .asJsonObject();
        assertEquals(false, report.getBoolean("ok"));
        assertTrue(report.getJsonObject("counts").getInt("call-coverage") >= 1, report.toString());
    }
}
