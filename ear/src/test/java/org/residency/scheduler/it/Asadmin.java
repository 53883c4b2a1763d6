package org.residency.scheduler.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs asadmin against the test domain, for tests that change the server's configuration. */
final class Asadmin {

    private Asadmin() {
    }

    static String run(String... args) {
        try {
            Path passwordFile = Files.createTempFile("asadmin", ".pw");
            Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + System.getProperty("test.admin.password") + "\n");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                    "--user", "admin", "--passwordfile", passwordFile.toString(),
                    "--port", System.getProperty("test.admin.port"), "--interactive=false"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed: " + output);
            }
            Files.deleteIfExists(passwordFile);
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
