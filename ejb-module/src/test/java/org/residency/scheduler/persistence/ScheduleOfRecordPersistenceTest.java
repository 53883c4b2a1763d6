package org.residency.scheduler.persistence;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.lifecycle.boundary.Actor;
import org.residency.scheduler.schedule.entity.Schedule;

import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The schedule of record (docs/lifecycle.md) on PostgreSQL: the published schedule for everybody; while none
 * is published the most recently updated draft for coordinators and background work, nothing for residents
 * and faculty; never an archived one. Absence repairs target it.
 */
class ScheduleOfRecordPersistenceTest extends GeneratedProgramFixture {

    private static final Actor COORDINATOR = new Actor("coordinator", true);

    @Test
    void withoutAnyScheduleThereIsNoneOfRecordForAnybody() {
        assertEquals(Optional.empty(), ofRecord(true));
        assertEquals(Optional.empty(), ofRecord(false));
        ResourceNotFoundException none = assertThrows(ResourceNotFoundException.class,
                () -> call(s -> s.schedules().visibleOrOfRecord(programId, null, true)));
        assertEquals("Program " + programId + " has no schedule yet: store or generate one first.", none.getMessage());
        assertEquals(Optional.empty(), call(s -> s.versions().target(programId)));
    }

    @Test
    void whileNothingIsPublishedManagersGetTheMostRecentlyUpdatedDraftAndResidentsNothing() {
        put("a");
        put("b");
        assertEquals(Optional.of("b"), ofRecord(true), "the newer draft");
        assertEquals(Optional.empty(), ofRecord(false), "residents and faculty see no draft");
        put("a");                                                    // a new version of a: now the most recent
        assertEquals(Optional.of("a"), ofRecord(true));
        assertEquals(Optional.empty(), ofRecord(false));
        ResourceNotFoundException none = assertThrows(ResourceNotFoundException.class,
                () -> call(s -> s.schedules().visibleOrOfRecord(programId, null, false)));
        assertEquals("No schedule of program " + programId + " has been published yet.", none.getMessage());
        assertEquals("a", call(s -> s.versions().target(programId)).orElseThrow().key(), "a repair works on it");
    }

    @Test
    void thePublishedScheduleIsTheScheduleOfRecordForEverybodyWhateverChangedLater() {
        put("a");
        put("b");
        publish("a");
        put("b");                                                    // a draft changed after the publish
        put("c");                                                    // and a newer one, as an absence repair stores
        assertEquals(Optional.of("a"), ofRecord(true));
        assertEquals(Optional.of("a"), ofRecord(false));
        assertEquals("a", call(s -> s.versions().target(programId)).orElseThrow().key(),
                "an absence repair works on the published schedule, not on the newest draft");
        assertEquals("a", call(s -> s.versions().lockedTarget(programId)).orElseThrow().key());
    }

    @Test
    void anArchivedScheduleIsNeverTheScheduleOfRecordAndANamedDraftIsHiddenFromResidents() {
        put("a");
        put("b");
        publish("a");
        publish("b");                                                 // a is archived
        put("a");                                                    // and then changed (archived ones may be)
        assertEquals(Optional.of("b"), ofRecord(true));
        assertEquals(Optional.of("b"), ofRecord(false));
        put("d");
        assertEquals("d", key(s -> s.schedules().visibleOrOfRecord(programId, "d", true)), "a coordinator names a draft");
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.schedules().visibleOrOfRecord(programId, "d", false)));
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.schedules().visibleOrOfRecord(programId, "a", false)));
        assertEquals("b", key(s -> s.schedules().visibleOrOfRecord(programId, "b", false)));
        assertEquals("b", key(s -> s.schedules().visibleOrOfRecord(programId, null, false)));
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.schedules().visibleOrOfRecord(programId, "nope", true)));
    }

    @Test
    void anUnknownProgramIsNotFound() {
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.schedules().ofRecord(987654321L, true)));
    }

    private Optional<String> ofRecord(boolean withDrafts) {
        return call(s -> s.schedules().ofRecord(programId, withDrafts).map(Schedule::getKey));
    }

    private String key(Function<Services, Schedule> work) {
        return call(s -> work.apply(s).getKey());
    }

    private void put(String scheduleId) {
        call(s -> s.schedules().put(programId, scheduleId, Fixtures.schedule(SCHEDULE)));
    }

    private void publish(String scheduleId) {
        call(s -> s.publishing().publish(programId, scheduleId, null, COORDINATOR));
    }
}
