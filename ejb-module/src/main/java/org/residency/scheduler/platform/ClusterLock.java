package org.residency.scheduler.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes a start-up step run one instance at a time when several instances share the database
 * (scripts/cluster): a PostgreSQL advisory lock held until the caller's transaction ends, so the next
 * instance waits and then sees what the first one committed.
 */
@Stateless
public class ClusterLock {

    /** The periodic timers: exactly one of each in the shared timer store, whoever starts first. */
    private static final long TIMER_REGISTRATION = 0x7265_7369_7469_6d72L; // "resitimr"

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    /**
     * Held by a bean that looks for its persistent timers and creates the missing ones: the timer
     * service shows every instance's timers, but two instances starting together would each find none.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forTimerRegistration() {
        em.createNativeQuery("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(?1)) held")
                .setParameter(1, TIMER_REGISTRATION).getSingleResult();
    }
}
