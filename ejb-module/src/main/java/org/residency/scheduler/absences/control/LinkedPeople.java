package org.residency.scheduler.absences.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.security.entity.Account;

import java.util.Optional;

/** The person an account stands for in a program (the link an admin sets), so requesters act for themselves. */
@Dependent
public class LinkedPeople {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    public Optional<Person> of(String username, long programId) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(Account::getPerson)
                .filter(p -> p.getProgram().getId() == programId);
    }
}
