package org.residency.scheduler.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.residency.scheduler.format.Fixtures;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * What the persistence tests of one program share: a throwaway PostgreSQL started once for the test class,
 * the generated 30-resident program created before each test (with a cache of the test's own) and deleted
 * after it. A subclass's own {@code @BeforeEach} runs after the program is there.
 */
abstract class GeneratedProgramFixture {

    static final JsonObject PROGRAM = Fixtures.resource("generated-30.json");
    static final JsonObject SCHEDULE = Fixtures.resource("generated-30-schedule.json");
    static final LocalDate START = LocalDate.parse(PROGRAM.getString("start"));

    static Database db;
    final FakeCache cache = new FakeCache();
    long programId;

    @BeforeAll
    static void startDatabase() throws Exception {
        db = Database.start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void createProgram() {
        programId = call(s -> s.programs().create(Fixtures.program(PROGRAM))).id();
    }

    @AfterEach
    void dropProgram() {
        call(s -> { s.programs().delete(programId); return null; });
    }

    /** One service call: the services wired on one transaction, as the container would wire them for a request. */
    <T> T call(Function<Services, T> work) {
        return db.transaction(em -> work.apply(new Services(em, cache)));
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
