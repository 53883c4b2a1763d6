package org.residency.scheduler.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the project's shell scripts (scripts/...) as an operator would, capturing status and output. */
final class Scripts {

    /** What a script printed (stdout and stderr together) and how it ended. */
    record Result(int status, String output) {
        @Override
        public String toString() {
            return "exit " + status + ":\n" + output;
        }
    }

    static Path root() {
        return Path.of(System.getProperty("project.root"));
    }

    static Result run(Map<String, String> env, String script, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root().resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not end in 10 minutes");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Scripts() {
    }
}
