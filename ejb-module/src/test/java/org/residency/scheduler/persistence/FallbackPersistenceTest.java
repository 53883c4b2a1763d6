package org.residency.scheduler.persistence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.resilience.analysis.ContingencyCase;
import org.residency.scheduler.resilience.boundary.FallbackView;
import org.residency.scheduler.schedule.entity.Schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A stored fallback schedule activated (the schedule replaced and the absence added, in one transaction,
 * with who did it) and rolled back (both undone), on PostgreSQL with the real migrations.
 */
class FallbackPersistenceTest extends GeneratedProgramFixture {

    private static final String PERSON = "R05";
    private static final LocalDate FROM = START.plusDays(56);

    @BeforeEach
    void itsSchedule() {
        call(s -> s.schedules().put(programId, "published", Fixtures.schedule(SCHEDULE)));
    }

    @Test
    void activateSwapsTheScheduleInAndRollBackRestoresIt() {
        ScheduleDocument fallback = awayFor(Fixtures.schedule(SCHEDULE), 56, 7);
        long id = store(FROM, fallback);
        int absencesBefore = absences();

        FallbackView active = call(s -> s.fallbacks().activate(programId, id, "coordinator"));
        assertEquals("ACTIVE", active.state());
        assertEquals("coordinator", active.activatedBy());
        assertNotNull(active.activatedAt());
        assertEquals(Fixtures.json(fallback), parse(call(s -> s.schedules().json(programId, "published"))));
        assertEquals(absencesBefore + 1, absences());
        assertThrows(ConflictException.class, () -> call(s -> s.fallbacks().activate(programId, id, "someone")));

        FallbackView back = call(s -> s.fallbacks().rollBack(programId, id, "director"));
        assertEquals("ROLLED_BACK", back.state());
        assertEquals("director", back.rolledBackBy());
        assertEquals(SCHEDULE, parse(call(s -> s.schedules().json(programId, "published"))));
        assertEquals(absencesBefore, absences());
        assertThrows(ConflictException.class, () -> call(s -> s.fallbacks().rollBack(programId, id, "director")));
    }

    @Test
    void anActivationThatCannotCompleteChangesNothing() {
        // The absence is added first, then the document is refused: the absence must not stay.
        ScheduleDocument unreadable = awayFor(Fixtures.schedule(SCHEDULE), 56, 7);
        unreadable.days().get(PERSON).set(60, "AX");
        long id = store(FROM, unreadable);
        int absencesBefore = absences();
        assertThrows(InvalidDocumentException.class, () -> call(s -> s.fallbacks().activate(programId, id, "coordinator")));
        assertEquals(SCHEDULE, parse(call(s -> s.schedules().json(programId, "published"))));
        assertEquals(absencesBefore, absences());
        assertEquals("READY", call(s -> s.fallbacks().list(programId)).get(0).state());
    }

    private long store(LocalDate start, ScheduleDocument repaired) {
        call(s -> {
            Schedule source = s.em().createQuery("SELECT s FROM Schedule s WHERE s.key = 'published' AND s.program.id = :p",
                    Schedule.class).setParameter("p", programId).getSingleResult();
            s.fallbacks().replaceReady(programId, null, source, start, start.plusDays(6), List.of(
                    new ContingencyCase(List.of(PERSON), ContingencyCase.Outcome.REPAIRED, 14, true, null, 10, repaired)));
            return null;
        });
        return call(s -> s.fallbacks().list(programId)).get(0).id();
    }

    private int absences() {
        return call(s -> s.absences().list(programId)).size();
    }

    /** The schedule with the person absent for {@code days} from day {@code first}, off call those nights. */
    private static ScheduleDocument awayFor(ScheduleDocument s, int first, int days) {
        Map<String, List<String>> allDays = new HashMap<>(s.days());
        List<String> row = new ArrayList<>(allDays.get(PERSON));
        List<String> call = new ArrayList<>(s.call());
        for (int d = first; d < first + days; d++) {
            row.set(d, "AA");
            if (PERSON.equals(call.get(d))) {
                call.set(d, null);
            }
        }
        allDays.put(PERSON, row);
        return new ScheduleDocument(s.format(), s.program(), s.blocks(), allDays, call);
    }
}
