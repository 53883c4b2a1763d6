package org.residency.scheduler.lifecycle.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Resident;
import org.residency.scheduler.security.entity.Account;

/** The person an account stands for (its link, set by an admin), so residents act only for themselves. */
@Dependent
public class Callers {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    /** The resident id in the program that the account is linked to; 403 when it is linked to no resident there. */
    public String ownResident(Actor actor, long programId) {
        Person person = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", actor.username())
                .getResultStream().findFirst().map(Account::getPerson).orElse(null);
        if (!(person instanceof Resident) || !person.getProgram().getId().equals(programId)) {
            throw new ForbiddenActionException("the account " + actor.username()
                    + " is not linked to a resident of program " + programId);
        }
        return person.getExternalId();
    }
}
