package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programs from the shared generate.py, which are feasible by construction. */
final class GeneratedPrograms {

    private GeneratedPrograms() {
    }

    static ProgramDocument generate(Path dir, String... options) throws IOException, InterruptedException {
        Path generator = Fixtures.formats().resolve("generate.py");
        assertTrue(Files.isRegularFile(generator), "no generate.py at " + generator);
        Path out = dir.resolve("program-" + String.join("_", options).replace("-", "") + ".json");
        List<String> command = new ArrayList<>(List.of("python3", generator.toString(), "--out", out.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), command + ": " + output);
        return Fixtures.JSONB.fromJson(Files.readString(out), ProgramDocument.class);
    }
}
