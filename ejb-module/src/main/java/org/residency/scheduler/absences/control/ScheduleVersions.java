package org.residency.scheduler.absences.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;

import java.util.Optional;

/**
 * Which schedule an absence repair works on: the program's schedule of record ({@link ScheduleService#ofRecord}),
 * the published one residents work by (the most recently updated draft while nothing is published). The
 * repaired schedule is stored as a new draft to publish. A proposal remembers its version; an approval with
 * it is refused once the target is another schedule (another one was published) or has changed.
 */
@Dependent
public class ScheduleVersions {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ScheduleService schedules;

    public Optional<ScheduleVersion> target(long programId) {
        return targetEntity(programId).map(ScheduleVersions::version);
    }

    /** The target row-locked until the transaction ends, so no edit slips in between the check and the apply. */
    public Optional<ScheduleVersion> lockedTarget(long programId) {
        return targetEntity(programId).map(s -> {
            em.lock(s, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(s);
            return version(s);
        });
    }

    public Optional<ScheduleVersion> of(long programId, String key) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program.id = :p AND s.key = :k", Schedule.class)
                .setParameter("p", programId).setParameter("k", key).getResultStream().findFirst()
                .map(ScheduleVersions::version);
    }

    private Optional<Schedule> targetEntity(long programId) {
        return schedules.ofRecord(programId, true);
    }

    private static ScheduleVersion version(Schedule s) {
        return new ScheduleVersion(s.getKey(), s.getUpdated());
    }
}
