package org.residency.scheduler.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs running in this JVM that can be interrupted, by id, with what interrupts them. A job registers
 * before it checks the stored cancel request and unregisters when it ends, so a cancel that arrives in
 * between is seen one way or the other (see {@code JobService.cancel}).
 */
@ApplicationScoped
public class RunningJobs {

    private final Map<Long, Runnable> cancellers = new ConcurrentHashMap<>();

    public void register(long jobId, Runnable canceller) {
        cancellers.put(jobId, canceller);
    }

    public void unregister(long jobId) {
        cancellers.remove(jobId);
    }

    /** @return whether a running job was told to stop */
    public boolean cancel(long jobId) {
        Runnable canceller = cancellers.get(jobId);
        if (canceller == null) {
            return false;
        }
        canceller.run();
        return true;
    }

    public int count() {
        return cancellers.size();
    }
}
