package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL's disk full while a schedule is stored: the table of day sessions is moved to a tablespace on a
 * small tmpfs that is then filled up, so the next schedule PUT fails in the database with "No space left on
 * device" (SQL state 53100), for real. Needs root (mount), as the test machine has; everything is put back.
 */
class DiskFullIT extends DeployedApplication {

    private static final String TABLE = "day_session";

    @Test
    void aFullDiskIsReportedAndStoresNothing() throws Exception {
        Generated generated = Generated.of(18, 12, 51, 13);
        long id = generated.store(api);
        String path = "/api/programs/" + id + "/schedules/year";

        Path mount = Files.createTempDirectory("residency-full-disk");
        String tablespace = "residency_full_disk_" + System.nanoTime();
        boolean mounted = false;
        boolean created = false;
        try {
            sql("VACUUM FULL " + TABLE); // no free space left inside the table: new rows must extend it
            long tableBytes = Long.parseLong(sql("SELECT pg_relation_size('" + TABLE + "')").trim());
            String uid = command("id", "-u", "postgres").trim();
            String gid = command("id", "-g", "postgres").trim();
            command("mount", "-t", "tmpfs", "-o", "size=" + (tableBytes / 1024 + 4096) + "k,uid=" + uid + ",gid=" + gid
                    + ",mode=0700", "tmpfs", mount.toString());
            mounted = true;
            sql("CREATE TABLESPACE " + tablespace + " LOCATION '" + mount + "'");
            created = true;
            sql("ALTER TABLE " + TABLE + " SET TABLESPACE " + tablespace);
            fill(mount.resolve("filler"));

            HttpResponse<String> put = api.put(path, generated.scheduleText());
            assertEquals(507, put.statusCode(), put.body());
            assertEquals("application/problem+json", put.headers().firstValue("Content-Type").orElse(""));
            JsonObject problem = Api.json(put.body()).asJsonObject();
            assertEquals("/problems/storage-full", problem.getString("type"), problem::toString);
            assertTrue(problem.getString("detail").contains("disk is full"), problem::toString);

            assertEquals(404, api.get(path).statusCode(), "nothing of the schedule was stored");
            assertEquals(200, api.get("/api/programs/" + id).statusCode(), "reads go on");
            assertEquals(200, api.get("/health/ready").statusCode(), "the database itself answers");
        } finally {
            Files.deleteIfExists(mount.resolve("filler"));
            if (created) {
                sql("ALTER TABLE " + TABLE + " SET TABLESPACE pg_default");
                sql("DROP TABLESPACE " + tablespace);
            }
            if (mounted) {
                command("umount", mount.toString());
            }
            Files.deleteIfExists(mount);
        }
        assertEquals(201, api.put(path, generated.scheduleText()).statusCode(), "stored once there is room");
        assertEquals(200, api.get(path).statusCode());
    }

    /** Writes until the file system refuses: ENOSPC for the next write of anybody. */
    private static void fill(Path filler) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full::toString);
        }
    }

    private static String sql(String statement) {
        Scripts.Result result = Scripts.run(Scripts.testDomain(), "scripts/lib/psql-test.sh", statement);
        assertEquals(0, result.status(), () -> statement + ": " + result);
        return result.output();
    }

    private static String command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ": " + output);
        return output;
    }
}
