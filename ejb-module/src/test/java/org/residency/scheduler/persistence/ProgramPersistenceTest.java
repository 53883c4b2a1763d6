package org.residency.scheduler.persistence;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.boundary.StoredAbsence;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programs through the services into PostgreSQL (Flyway schema, EclipseLink) and back. */
class ProgramPersistenceTest {

    private static Database db;
    private final FakeCache cache = new FakeCache();

    @BeforeAll
    static void start() throws Exception {
        db = Database.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private <T> T call(Function<Services, T> work) {
        return db.transaction(em -> work.apply(new Services(em, cache)));
    }

    private long create(JsonObject json) {
        return call(s -> s.programs().create(Fixtures.program(json))).id();
    }

    private ProgramDocument export(long id) {
        return call(s -> s.programs().export(id));
    }

    @Test
    void storedProgramsExportExactly() {
        for (JsonObject json : List.of(Fixtures.example("realistic.json"), Fixtures.resource("generated-30.json"),
                Fixtures.patch(Fixtures.example("small.json"), p -> p.replace("/name", "bare").remove("/fixed")
                        .remove("/supervision").replace("/requests", JsonObject.EMPTY_JSON_ARRAY)
                        .replace("/hours/halfDay", jakarta.json.Json.createValue(new java.math.BigDecimal("6.5")))))) {
            assertEquals(json, Fixtures.json(export(create(json))));
        }
    }

    @Test
    void aTakenNameIsAConflictAndAnInvalidProgramIsNotStored() {
        JsonObject json = Fixtures.patch(Fixtures.example("small.json"), p -> p.replace("/name", "twice"));
        create(json);
        assertThrows(ConflictException.class, () -> create(json));
        long before = db.count("SELECT count(*) FROM program");
        JsonObject bad = Fixtures.patch(json, p -> p.replace("/name", "bad").replace("/residents/0/pgy", 4));
        assertThrows(InvalidDocumentException.class, () -> create(bad));
        assertEquals(before, db.count("SELECT count(*) FROM program"));
    }

    @Test
    void membersAreEditedAndTheProgramStaysValid() {
        long id = create(Fixtures.patch(Fixtures.example("small.json"), p -> p.replace("/name", "edited")));
        call(s -> s.residents().replace(id, "R3", new ProgramDocument.Resident(null, "Renamed", 3)));
        call(s -> s.residents().add(id, new ProgramDocument.Resident("R7", "Seven", 1)));
        call(s -> s.rotations().add(id, new ProgramDocument.Rotation("NEW", "New", List.of(2), 0, 1, 0, false, 1, false)));
        StoredAbsence absence = call(s -> s.absences().add(id,
                new ProgramDocument.Absence("R2", "2026-07-10", "2026-07-12", "SICK")));
        call(s -> s.absences().replace(id, absence.id(), new ProgramDocument.Absence("F1", "2026-07-10", "2026-07-13", "CONF")));

        ProgramDocument edited = export(id);
        assertEquals(new ProgramDocument.Resident("R3", "Renamed", 3), edited.residents().get(2));
        assertEquals("R7", edited.residents().get(6).id());
        assertEquals("NEW", edited.rotations().get(7).id());
        assertEquals(new ProgramDocument.Absence("F1", "2026-07-10", "2026-07-13", "CONF"),
                edited.absences().get(edited.absences().size() - 1));

        assertThrows(ConflictException.class, () -> call(s -> {
            s.residents().remove(id, "R1"); // fixed, absent and requesting: still referred to
            return null;
        }));
        call(s -> s.residents().add(id, new ProgramDocument.Resident("R8", "Eight", 2)));
        call(s -> { s.residents().remove(id, "R7"); return null; });
        call(s -> s.residents().add(id, new ProgramDocument.Resident("R9", "Nine", 3)));
        assertEquals(List.of("R1", "R2", "R3", "R4", "R5", "R6", "R8", "R9"),
                export(id).residents().stream().map(ProgramDocument.Resident::id).toList());
        call(s -> { s.absences().remove(id, absence.id()); return null; });
        assertEquals(edited.absences().size() - 1, export(id).absences().size());
    }

    @Test
    void removingWhatIsStillReferredToIsAConflict() {
        long id = create(Fixtures.patch(Fixtures.example("small.json"), p -> p.replace("/name", "refs")));
        ConflictException e = assertThrows(ConflictException.class, () -> call(s -> {
            s.rotations().remove(id, "OB");
            return null;
        }));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().startsWith("program.curriculum[")), e.errors()::toString);
        assertThrows(ConflictException.class, () -> call(s -> {
            s.faculty().remove(id, "F2"); // F2 has an absence
            return null;
        }));
        assertThrows(InvalidDocumentException.class, () -> call(s ->
                s.residents().replace(id, "R1", new ProgramDocument.Resident("R9", "Other id", 1))));
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.residents().get(id, "R99")));
        assertEquals(Fixtures.json(Fixtures.program(Fixtures.patch(Fixtures.example("small.json"),
                p -> p.replace("/name", "refs")))), Fixtures.json(export(id)));
    }

    @Test
    void deletingAProgramTakesEverythingWithIt() {
        long id = create(Fixtures.patch(Fixtures.example("small.json"), p -> p.replace("/name", "gone")));
        call(s -> { s.programs().delete(id); return null; });
        assertEquals(0, db.count("SELECT count(*) FROM person WHERE program_id = " + id));
        assertEquals(0, db.count("SELECT count(*) FROM absence WHERE program_id = " + id));
        assertTrue(cache.evictions.contains(id + "/*"));
        assertThrows(ResourceNotFoundException.class, () -> export(id));
    }
}
