package org.residency.scheduler.rules;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shared formats directory (system property {@code formats.dir}) and its Python tools. Fails, never
 * skips, when the directory or python3 is missing: agreement with check.py is the point of the tests.
 */
public final class Formats {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Formats() {
    }

    public static Path dir() {
        String property = System.getProperty("formats.dir");
        if (property == null) {
            fail("System property formats.dir is not set (ejb-module/pom.xml sets it for Surefire)");
        }
        Path dir = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("check.py")) || !Files.isRegularFile(dir.resolve("generate.py"))) {
            fail("No check.py and generate.py in formats.dir " + dir);
        }
        return dir;
    }

    /** Generates a program and its planted schedule with generate.py; returns both, parsed. */
    public static GeneratedProgram generate(Path outDir, String name, String... options) {
        Path program = outDir.resolve(name + ".json");
        Path solution = outDir.resolve(name + "-solution.json");
        List<String> command = new ArrayList<>(List.of("python3", dir().resolve("generate.py").toString(),
                "--out", program.toString(), "--solution-out", solution.toString()));
        command.addAll(List.of(options));
        run(command, 0);
        return new GeneratedProgram(program, solution, readProgram(program), readSchedule(solution));
    }

    /** Runs a command, fails unless it exits with one of the given codes; returns its stdout. */
    public static String run(List<String> command, Integer... okExits) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (!List.of(okExits).contains(exit)) {
                fail(command + " exited " + exit);
            }
            return out;
        } catch (IOException e) {
            return fail("Cannot run " + command.get(0) + " (is python3 installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted: " + command);
        }
    }

    public static ProgramDocument readProgram(Path file) {
        return JSONB.fromJson(read(file), ProgramDocument.class);
    }

    public static ScheduleDocument readSchedule(Path file) {
        return JSONB.fromJson(read(file), ScheduleDocument.class);
    }

    public static void write(Path file, Object document) {
        writeText(file, JSONB.toJson(document));
    }

    public static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            fail("Cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return fail("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A generated program, its planted (valid) schedule and their files. */
    public record GeneratedProgram(Path programFile, Path solutionFile, ProgramDocument program,
                            ScheduleDocument planted) {
    }
}
