package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/backup-db.sh and scripts/restore-db.sh against the running test domain: what was backed
 * up comes back exactly after it was destroyed, a damaged backup restores nothing, old backups are
 * pruned, and --s3 without the AWS CLI says so.
 */
class BackupRestoreIT extends DeployedApplication {

    @Test
    void destroyedDataComesBackIdenticalFromABackup() throws Exception {
        Stored stored = storeProgramWithSchedule("Backup");
        Path dir = Files.createTempDirectory("backups");

        Scripts.Result backup = Scripts.run(Scripts.testDomain(), "scripts/backup-db.sh", "--dir", dir.toString());
        assertEquals(0, backup.status(), backup::toString);
        Path file = Path.of(backup.output().lines().filter(l -> l.endsWith(".sql.gz")).reduce((a, b) -> b).orElseThrow());
        assertTrue(Files.size(file) > 0);
        assertTrue(Files.exists(Path.of(file + ".sha256")), "no checksum written");

        assertEquals(204, api.delete("/api/programs/" + stored.id).statusCode());
        assertEquals(404, api.get("/api/programs/" + stored.id).statusCode());

        Scripts.Result restore = Scripts.run(Scripts.testDomain(), "scripts/restore-db.sh", file.toString());
        assertEquals(0, restore.status(), restore::toString);
        assertTrue(restore.output().contains("Restore verified"), restore::toString);
        assertTrue(restore.output().contains("is ready"), "the running application was not checked: " + restore);

        assertEquals(Api.json(stored.program), Api.json(api.get("/api/programs/" + stored.id).body()));
        for (int read = 0; read < 2; read++) {   // the second read may come from the cache
            assertEquals(Api.json(stored.schedule), Api.json(api.get(stored.schedulePath()).body()));
        }
        assertEquals(stored.violations, api.get(stored.schedulePath() + "/violations").body());
        // The application writes on after the restore: ids continue past the restored ones.
        Stored after = storeProgramWithSchedule("After restore");
        assertTrue(after.id > stored.id);
    }

    @Test
    void aDamagedBackupRestoresNothing() throws Exception {
        Stored stored = storeProgramWithSchedule("Damaged");
        Path dir = Files.createTempDirectory("backups");
        Scripts.Result backup = Scripts.run(Scripts.testDomain(), "scripts/backup-db.sh", "--dir", dir.toString());
        assertEquals(0, backup.status(), backup::toString);
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(f -> f.toString().endsWith(".sql.gz")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);

        Scripts.Result restore = Scripts.run(Scripts.testDomain(), "scripts/restore-db.sh", file.toString());
        assertNotEquals(0, restore.status(), restore::toString);
        assertTrue(restore.output().contains("checksum mismatch"), restore::toString);
        assertEquals(200, api.get("/api/programs/" + stored.id).statusCode(), "the database was touched");
    }

    @Test
    void retentionDeletesOnlyBackupsOlderThanTheGivenDays() throws Exception {
        Path dir = Files.createTempDirectory("backups");
        Path old = aged(dir.resolve("residency-x-20200101T000000Z.sql.gz"), 10);
        Path oldSum = aged(dir.resolve("residency-x-20200101T000000Z.sql.gz.sha256"), 10);
        Path recent = aged(dir.resolve("residency-x-20200105T000000Z.sql.gz"), 3);
        Path unrelated = aged(dir.resolve("notes.txt"), 30);

        Scripts.Result backup = Scripts.run(Scripts.testDomain(), "scripts/backup-db.sh", "--dir", dir.toString(), "--retention", "7");
        assertEquals(0, backup.status(), backup::toString);
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldSum));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(unrelated), "retention deletes only backups");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".sql.gz")).count());
        }
    }

    @Test
    void s3WithoutTheAwsCliKeepsTheLocalBackupAndSaysSo() throws Exception {
        Path dir = Files.createTempDirectory("backups");
        Map<String, String> env = new HashMap<>(Scripts.testDomain());
        env.put("PATH", "/usr/bin:/bin");   // the system tools, without any aws
        assertFalse(Files.exists(Path.of("/usr/bin/aws")) || Files.exists(Path.of("/bin/aws")), "aws is in /usr/bin here");

        Scripts.Result backup = Scripts.run(env, "scripts/backup-db.sh", "--dir", dir.toString(), "--s3", "some-bucket");
        assertEquals(3, backup.status(), backup::toString);
        assertTrue(backup.output().contains("AWS CLI (aws) is not installed"), backup::toString);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".sql.gz")).count(), "the local backup is kept");
        }
    }

    private static Path aged(Path file, int days) throws IOException {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(days))));
        return file;
    }

    private record Stored(long id, String program, String schedule, String violations) {
        String schedulePath() {
            return "/api/programs/" + id + "/schedules/planted";
        }
    }

    private Stored storeProgramWithSchedule(String label) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("backup-data");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "8",
                "--faculty", "4", "--seed", "3", "--blocks", "3", "--name", label + " " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        String program = Api.text(dir.resolve("p.json"));
        String schedule = Api.text(dir.resolve("s.json"));
        var created = api.post("/api/programs", program);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(201, api.put("/api/programs/" + id + "/schedules/planted", schedule).statusCode());
        String violations = api.get("/api/programs/" + id + "/schedules/planted/violations").body();
        return new Stored(id, program, schedule, violations);
    }
}
