package org.residency.scheduler.lifecycle.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.lifecycle.entity.ScheduleOverride;
import org.residency.scheduler.rules.Violation;
import org.residency.scheduler.schedule.entity.Schedule;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The overrides of a schedule: each publish, edit or swap that went ahead against the rules or the freeze
 * horizon, written once with who, when, what, why and the hard violations it brought; read newest first.
 */
@Dependent
public class Overrides {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    /** Writes the override (flushed, so it has its id) and returns its id. */
    public long record(Schedule schedule, ScheduleOverride.Kind kind, String what, String actor, OffsetDateTime at,
                       String reason, boolean frozen, List<Violation> introduced) {
        ScheduleOverride override = new ScheduleOverride(schedule.getId(), kind, actor, at, what, reason, frozen,
                LifecycleJson.violations(introduced));
        em.persist(override);
        em.flush();
        return override.getId();
    }

    public List<ScheduleOverride> of(Schedule schedule) {
        return em.createQuery("SELECT o FROM ScheduleOverride o WHERE o.scheduleId = :s ORDER BY o.at DESC, o.id DESC",
                ScheduleOverride.class).setParameter("s", schedule.getId()).getResultList();
    }
}
