package org.residency.scheduler.absences.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.absences.entity.AbsenceRequest;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.program.control.ProgramStore;

/** Finds one absence request of a program: 404 when the program or the request (in that program) is missing. */
@Dependent
public class RequestStore {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramStore programs;

    public AbsenceRequest find(long programId, long id) {
        return checked(programId, id, em.find(AbsenceRequest.class, id));
    }

    /** Row-locked until the transaction ends: decisions on one request happen one at a time. */
    public AbsenceRequest locked(long programId, long id) {
        programs.load(programId);
        return checked(programId, id, em.find(AbsenceRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static ResourceNotFoundException notFound(long programId, long id) {
        return new ResourceNotFoundException("no absence request " + id + " in program " + programId);
    }

    private AbsenceRequest checked(long programId, long id, AbsenceRequest request) {
        programs.load(programId);
        if (request == null || request.getProgramId() != programId) {
            throw notFound(programId, id);
        }
        return request;
    }
}
