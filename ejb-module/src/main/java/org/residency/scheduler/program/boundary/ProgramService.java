package org.residency.scheduler.program.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.residency.scheduler.cache.ScheduleCache;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.ProgramChecks;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.control.ProgramExporter;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Program;

import java.util.List;

/** Programs as whole documents. One transaction per call; nothing is written before the document is checked. */
@Stateless
public class ProgramService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramStore store;
    @Inject
    ScheduleCache cache;

    public ProgramSummary create(ProgramDocument document) {
        InvalidDocumentException.requireNone(ProgramChecks.check(document));
        if (store.nameTaken(document.name())) {
            throw new ConflictException("a program named '" + document.name() + "' exists");
        }
        Program program = ProgramMapper.toEntity(document);
        em.persist(program);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Lost a race for the name with a concurrent create: the unique constraint decides. Any other
            // failure (database read-only, disk full, gone) is not a conflict and goes up as it is.
            if (!isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException("a program named '" + document.name() + "' exists");
        }
        return ProgramSummary.of(program);
    }

    public ProgramDocument export(long id) {
        return ProgramExporter.toDocument(store.load(id));
    }

    public List<ProgramSummary> list() {
        return em.createQuery("SELECT p FROM Program p ORDER BY p.id", Program.class).getResultStream()
                .map(ProgramSummary::of).toList();
    }

    /** The database cascades to every child row and schedule; one statement instead of loading them all. */
    public void delete(long id) {
        store.load(id);
        em.createNativeQuery("DELETE FROM program WHERE id = ?1").setParameter(1, id).executeUpdate();
        em.clear();
        cache.evictProgram(id);
    }

    /** PostgreSQL's unique_violation (23505) anywhere in the cause chain. */
    private static boolean isUniqueViolation(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
