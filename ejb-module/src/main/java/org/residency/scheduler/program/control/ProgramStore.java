package org.residency.scheduler.program.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Program;

import java.util.List;

/** Program look-ups for the services; runs in the caller's transaction. */
@Dependent
public class ProgramStore {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    public Program load(long id) {
        Program program = em.find(Program.class, id);
        if (program == null) {
            throw new ResourceNotFoundException("no program " + id);
        }
        return program;
    }

    public boolean nameTaken(String name) {
        return name != null && !em.createQuery("SELECT p.id FROM Program p WHERE p.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty();
    }

    /** A person who appears in a stored schedule cannot go: the schedule would lose its rows. */
    public void requireUnscheduled(Person person) {
        List<String> keys = em.createQuery("SELECT DISTINCT d.schedule.key FROM DaySession d WHERE d.person = :p",
                String.class).setParameter("p", person).setMaxResults(5).getResultList();
        if (!keys.isEmpty()) {
            throw new ConflictException(person.getExternalId() + " appears in schedules " + String.join(", ", keys));
        }
    }
}
