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

    /**
     * The environment the operations scripts need to reach the test domain: its database and
     * cache (as scripts/lib/test-domain.sh wrote them to .run/residency-test.env) and its URL.
     */
    static Map<String, String> testDomain() {
        Map<String, String> env = new java.util.HashMap<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(root().resolve(".run/residency-test.env"))) {
                int eq = line.indexOf('=');
                if (eq > 0 && eq < line.length() - 1) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the test domain wrote no .run/residency-test.env", e);
        }
        env.put("APP_URL", Api.BASE);
        return env;
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
