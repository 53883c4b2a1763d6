package org.residency.scheduler.it;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A program from shared/formats/generate.py with its planted (valid) schedule stored as "planted", for the
 * page tests. The year starts a week ago, so "today" lies inside it (next call nights, requests ahead).
 */
record PlantedProgram(long id, JsonObject program, JsonObject schedule) {

    static PlantedProgram create(String label, int residents, int faculty, int blocks) {
        try {
            Path dir = Files.createTempDirectory("planted");
            Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents",
                    String.valueOf(residents), "--faculty", String.valueOf(faculty), "--seed", "7", "--blocks",
                    String.valueOf(blocks), "--start", LocalDate.now(ZoneOffset.UTC).minusDays(7).toString(),
                    "--name", label + " " + System.nanoTime(), "--out", dir.resolve("p.json").toString(),
                    "--solution-out", dir.resolve("s.json").toString()).inheritIO().start();
            assertEquals(0, gen.waitFor(), "generate.py");
            JsonObject program = Api.file(dir.resolve("p.json")).asJsonObject();
            JsonObject schedule = Api.file(dir.resolve("s.json")).asJsonObject();
            Api admin = new Api();
            HttpResponse<String> created = admin.post("/api/programs", program.toString());
            assertEquals(201, created.statusCode(), created.body());
            long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
            HttpResponse<String> stored = admin.put("/api/programs/" + id + "/schedules/planted", schedule.toString());
            assertEquals(201, stored.statusCode(), stored.body());
            return new PlantedProgram(id, program, schedule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String residentId(int index) {
        return program.getJsonArray("residents").getJsonObject(index).getString("id");
    }

    LocalDate start() {
        return LocalDate.parse(program.getString("start"));
    }
}
