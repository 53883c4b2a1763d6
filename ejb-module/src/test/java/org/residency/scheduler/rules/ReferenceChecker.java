package org.residency.scheduler.rules;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * check.py over many (program, schedule) files in one Python process (check_many.py), so that hundreds
 * of cases do not pay Python's start-up hundreds of times.
 */
final class ReferenceChecker {

    private final Path workDir;

    ReferenceChecker(Path workDir) {
        this.workDir = workDir;
    }

    /** One {@code {hard, soft}} object per pair, in order; fails on a pair check.py finds ill-shaped. */
    List<JsonObject> check(List<Path[]> pairs) {
        Path driver = copyDriver();
        Path manifest = workDir.resolve("manifest.json");
        JsonArrayBuilder list = Json.createArrayBuilder();
        pairs.forEach(p -> list.add(Json.createArrayBuilder().add(p[0].toString()).add(p[1].toString())));
        Formats.writeText(manifest, list.build().toString());
        String out = Formats.run(List.of("python3", driver.toString(), Formats.dir().toString(), manifest.toString()), 0);
        JsonArray results;
        try (JsonReader reader = Json.createReader(new StringReader(out))) {
            results = reader.readArray();
        }
        assertEquals(pairs.size(), results.size(), "check_many.py answered a different number of pairs");
        for (int i = 0; i < results.size(); i++) {
            JsonObject r = results.getJsonObject(i);
            if (r.containsKey("error")) {
                fail("check.py rejects " + pairs.get(i)[1] + " as ill-shaped: " + r.getString("error"));
            }
        }
        return results.getValuesAs(JsonObject.class);
    }

    private Path copyDriver() {
        Path driver = workDir.resolve("check_many.py");
        try (InputStream in = ReferenceChecker.class.getResourceAsStream("check_many.py")) {
            assertNotNull(in, "check_many.py is missing from the test resources");
            Files.copy(in, driver, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            fail("Cannot copy check_many.py: " + e.getMessage());
        }
        return driver;
    }
}
