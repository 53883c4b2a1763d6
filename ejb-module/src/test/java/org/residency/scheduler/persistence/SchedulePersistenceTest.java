package org.residency.scheduler.persistence;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.schedule.boundary.PutOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schedules of the generated 30-resident program through the service into PostgreSQL and back. */
class SchedulePersistenceTest extends GeneratedProgramFixture {

    @Test
    void putCreatesThenReplacesAndGetGivesTheDocumentBack() {
        JsonObject changed = Fixtures.patch(SCHEDULE, p -> p.replace("/call/0", JsonObject.NULL)
                .replace("/blocks/R01/0", "NOT-A-ROTATION"));
        assertEquals(PutOutcome.CREATED, call(s -> s.schedules().put(programId, "year", Fixtures.schedule(SCHEDULE))));
        assertEquals(PutOutcome.REPLACED, call(s -> s.schedules().put(programId, "year", Fixtures.schedule(changed))));
        assertTrue(cache.evictions.contains(programId + "/year"));

        assertEquals(changed, parse(call(s -> s.schedules().json(programId, "year"))));
        assertTrue(cache.get(programId, "year").isPresent(), "the read filled the cache");
        assertEquals(1, call(s -> s.schedules().list(programId)).size());
    }

    @Test
    void importGivesANewIdAndDeleteRemovesItsRows() {
        String id = call(s -> s.schedules().importSchedule(programId, Fixtures.schedule(SCHEDULE)));
        assertEquals(SCHEDULE, parse(call(s -> s.schedules().json(programId, id))));
        call(s -> { s.schedules().delete(programId, id); return null; });
        assertEquals(0, db.count("SELECT count(*) FROM day_session"));
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.schedules().json(programId, id)));
    }

    @Test
    void anIllShapedScheduleStoresNothing() {
        JsonObject bad = Fixtures.patch(SCHEDULE, p -> p.replace("/days/R04/17", "RX"));
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> call(s -> s.schedules().put(programId, "bad", Fixtures.schedule(bad))));
        assertEquals("schedule.days.R04[17]", e.errors().get(0).field());
        assertEquals(0, db.count("SELECT count(*) FROM schedule"));
    }

    @Test
    void aScheduledPersonCannotBeRemoved() {
        call(s -> s.schedules().put(programId, "year", Fixtures.schedule(SCHEDULE)));
        assertThrows(ConflictException.class, () -> call(s -> {
            s.faculty().remove(programId, "F01");
            return null;
        }));
    }
}
