package org.residency.scheduler.export.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.export.control.SchedulePlan;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads what an export needs in one transaction: the program and a schedule as documents, and which
 * schedule residents and faculty see in their calendar.
 */
@Stateless
public class ScheduleExports {

    /** A stored schedule and its last change. */
    public record ScheduleRef(String key, OffsetDateTime updated) {
    }

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramService programs;
    @Inject
    ScheduleService schedules;

    /** @throws org.residency.scheduler.common.ResourceNotFoundException for an unknown program or schedule */
    public SchedulePlan plan(long programId, String scheduleKey) {
        schedules.requireExists(programId, scheduleKey);
        return new SchedulePlan(programs.export(programId), schedules.document(programId, scheduleKey));
    }

    /** Every schedule of the program, newest change first. */
    public List<ScheduleRef> schedules(long programId) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program.id = :p ORDER BY s.updated DESC, s.id DESC",
                        Schedule.class).setParameter("p", programId).getResultStream()
                .map(s -> new ScheduleRef(s.getKey(), s.getUpdated())).toList();
    }

    /**
     * The schedule people's calendars show: the program's most recently changed schedule (a generation,
     * a repair or an activated fallback is the newest). Empty while the program has none.
     */
    public Optional<ScheduleRef> forPeople(long programId) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program.id = :p ORDER BY s.updated DESC, s.id DESC",
                        Schedule.class).setParameter("p", programId).setMaxResults(1).getResultStream()
                .map(s -> new ScheduleRef(s.getKey(), s.getUpdated())).findFirst();
    }
}
