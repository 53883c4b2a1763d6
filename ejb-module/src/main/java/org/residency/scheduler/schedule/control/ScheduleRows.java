package org.residency.scheduler.schedule.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.program.entity.Resident;
import org.residency.scheduler.schedule.entity.BlockAssignment;
import org.residency.scheduler.schedule.entity.CallNight;
import org.residency.scheduler.schedule.entity.DaySession;
import org.residency.scheduler.schedule.entity.Schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rows of a schedule. Written with plain persist calls so EclipseLink batch writing (persistence.xml)
 * groups the ~55 000 day-session inserts; removed with one bulk delete per table.
 */
@Dependent
public class ScheduleRows {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    /** Writes a document that has passed {@code ScheduleChecks} against this program. */
    public void write(Schedule schedule, Program program, ScheduleDocument document) {
        Map<String, Person> people = ProgramMapper.people(program);
        LocalDate start = program.getStart();
        document.blocks().forEach((id, row) -> {
            for (int b = 0; b < row.size(); b++) {
                em.persist(new BlockAssignment(schedule, (Resident) people.get(id), b, row.get(b)));
            }
        });
        document.days().forEach((id, row) -> {
            Person person = people.get(id);
            for (int d = 0; d < row.size(); d++) {
                em.persist(new DaySession(schedule, person, d, start.plusDays(d), row.get(d)));
            }
        });
        List<String> call = document.call();
        for (int n = 0; n < call.size(); n++) {
            em.persist(new CallNight(schedule, n, start.plusDays(n), call.get(n)));
        }
    }

    /** Changes one session (AM or PM) of one person's day in place. */
    public void setSession(Schedule schedule, Person person, int day, boolean am, String code) {
        int updated = em.createNativeQuery("UPDATE day_session SET " + (am ? "am_code" : "pm_code")
                        + " = ?1 WHERE schedule_id = ?2 AND person_id = ?3 AND day_index = ?4")
                .setParameter(1, code).setParameter(2, schedule.getId()).setParameter(3, person.getId())
                .setParameter(4, day).executeUpdate();
        requireOne(updated, person.getExternalId() + " day " + day);
    }

    /** Changes who is on call on one night in place ({@code null}: nobody). */
    public void setCall(Schedule schedule, int night, String resident) {
        int updated = em.createNativeQuery("UPDATE call_night SET resident_ref = CAST(?1 AS TEXT) WHERE schedule_id = ?2"
                        + " AND night_index = ?3")
                .setParameter(1, resident).setParameter(2, schedule.getId()).setParameter(3, night).executeUpdate();
        requireOne(updated, "night " + night);
    }

    private static void requireOne(int updated, String what) {
        if (updated != 1) {
            // The cells were read from this very schedule in this transaction: a miss is a bug, not bad input.
            throw new IllegalStateException("expected one row for " + what + ", updated " + updated);
        }
    }

    public void clear(Schedule schedule) {
        for (String entity : List.of("BlockAssignment", "DaySession", "CallNight")) {
            em.createQuery("DELETE FROM " + entity + " r WHERE r.schedule = :s").setParameter("s", schedule)
                    .executeUpdate();
        }
    }

    /** Three projection queries, no entity per row: the document as it was written. */
    public ScheduleDocument read(Schedule schedule, Program program) {
        ScheduleAssembler assembler = new ScheduleAssembler(program, schedule.getProgramLabel());
        rows("SELECT r.resident.externalId, r.block, r.rotation FROM BlockAssignment r WHERE r.schedule = :s",
                schedule).forEach(r -> assembler.block((String) r[0], (Integer) r[1], (String) r[2]));
        rows("SELECT r.person.externalId, r.day, r.am, r.pm FROM DaySession r WHERE r.schedule = :s", schedule)
                .forEach(r -> assembler.day((String) r[0], (Integer) r[1], (String) r[2] + r[3]));
        rows("SELECT r.night, r.resident FROM CallNight r WHERE r.schedule = :s", schedule)
                .forEach(r -> assembler.call((Integer) r[0], (String) r[1]));
        return assembler.document();
    }

    private List<Object[]> rows(String jpql, Schedule schedule) {
        return em.createQuery(jpql, Object[].class).setParameter("s", schedule).getResultList();
    }
}
