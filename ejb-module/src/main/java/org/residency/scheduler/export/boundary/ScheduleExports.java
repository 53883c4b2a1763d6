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
 * schedule residents and faculty see (the published one, see docs/lifecycle.md).
 */
@Stateless
public class ScheduleExports {

    /** A stored schedule, its last change and its state (DRAFT, PUBLISHED, ARCHIVED). */
    public record ScheduleRef(String key, OffsetDateTime updated, String status) {
    }

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramService programs;
    @Inject
    ScheduleService schedules;

    /**
     * The program and a schedule as an export reads them. {@code withDrafts} false (residents, faculty)
     * finds only the published schedule, as {@code GET .../schedules/{id}} does for them.
     *
     * @throws org.residency.scheduler.common.ResourceNotFoundException for an unknown program or schedule,
     *         or a schedule the caller does not see
     */
    public SchedulePlan plan(long programId, String scheduleKey, boolean withDrafts) {
        schedules.requireVisible(programId, scheduleKey, withDrafts);
        return new SchedulePlan(programs.export(programId), schedules.document(programId, scheduleKey));
    }

    /** Every schedule of the program, newest change first. */
    public List<ScheduleRef> schedules(long programId) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program.id = :p ORDER BY s.updated DESC, s.id DESC",
                        Schedule.class).setParameter("p", programId).getResultStream()
                .map(ScheduleExports::ref).toList();
    }

    /** The schedule people's calendars show: the program's published one. Empty while none is published. */
    public Optional<ScheduleRef> forPeople(long programId) {
        return ofRecord(programId, false);
    }

    /** The schedule an export offers first: the program's schedule of record ({@link ScheduleService#ofRecord}). */
    public Optional<ScheduleRef> ofRecord(long programId, boolean withDrafts) {
        return schedules.ofRecord(programId, withDrafts).map(ScheduleExports::ref);
    }

    private static ScheduleRef ref(Schedule s) {
        return new ScheduleRef(s.getKey(), s.getUpdated(), s.getStatus().name());
    }
}
