package org.residency.scheduler.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.security.entity.AuditEntry;

/** The audit log: written after each change, read by admins a page at a time. */
@Stateless
public class AuditService {

    public static final int MAX_LIMIT = 500;

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    /** Its own transaction: the change it describes has already committed, and a failure here must not undo it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    public AuditPage page(int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(MAX_LIMIT, limit));
        long total = em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
        var entries = em.createQuery("select e from AuditEntry e order by e.at desc, e.id desc", AuditEntry.class)
                .setFirstResult(from).setMaxResults(size).getResultList().stream().map(AuditRecord::of).toList();
        return new AuditPage(total, from, size, entries);
    }
}
