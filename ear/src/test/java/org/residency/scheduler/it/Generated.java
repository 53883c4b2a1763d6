package org.residency.scheduler.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A program and its planted schedule from ../shared/formats/generate.py, under a name of its own. */
record Generated(Path program, Path schedule, String name) {

    static Generated of(int residents, int faculty, int seed, int blocks) {
        try {
            Path dir = Files.createTempDirectory("generated");
            String name = "Generated " + residents + "/" + faculty + " " + System.nanoTime();
            Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(),
                    "--residents", String.valueOf(residents), "--faculty", String.valueOf(faculty),
                    "--seed", String.valueOf(seed), "--blocks", String.valueOf(blocks), "--name", name,
                    "--out", dir.resolve("program.json").toString(), "--solution-out", dir.resolve("schedule.json").toString())
                    .inheritIO().start();
            assertEquals(0, gen.waitFor(), "generate.py");
            return new Generated(dir.resolve("program.json"), dir.resolve("schedule.json"), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stores the program and returns its id. */
    long store(Api api) {
        var created = api.post("/api/programs", Api.text(program));
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    }

    String scheduleText() {
        return Api.text(schedule);
    }
}
