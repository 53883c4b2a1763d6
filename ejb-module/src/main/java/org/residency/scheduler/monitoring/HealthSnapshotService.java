package org.residency.scheduler.monitoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.cache.RedisScheduleCache;
import org.residency.scheduler.jobs.entity.JobState;

import java.util.List;

/** Takes and reads the periodic health snapshots (the seed's 15-minute health check). */
@Stateless
public class HealthSnapshotService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    @Inject
    DatabaseProbe database;

    @Inject
    RedisScheduleCache cache;

    public HealthSnapshot record() {
        boolean cacheOk = !cache.configured() || cache.reachable();
        HealthSnapshot snapshot = new HealthSnapshot(count("SELECT COUNT(p) FROM Program p"),
                count("SELECT COUNT(s) FROM Schedule s"),
                jobs(JobState.QUEUED, JobState.RUNNING),
                jobs(JobState.FAILED),
                database.problem() == null, cacheOk);
        em.persist(snapshot);
        return snapshot;
    }

    public List<HealthSnapshot> latest(int limit) {
        return em.createQuery("SELECT h FROM HealthSnapshot h ORDER BY h.takenAt DESC, h.id DESC", HealthSnapshot.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private int jobs(JobState... states) {
        return em.createQuery("SELECT COUNT(j) FROM Job j WHERE j.state IN :states", Long.class)
                .setParameter("states", List.of(states)).getSingleResult().intValue();
    }

    private int count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult().intValue();
    }
}
