package org.residency.scheduler.schedule.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.residency.scheduler.cache.ScheduleCache;

/**
 * Evicts a schedule now and again after the transaction ends: a reader between the first eviction and the
 * commit may put the old text back, and the second eviction removes it.
 */
@Dependent
public class CacheEviction {

    @Inject
    ScheduleCache cache;
    @Resource
    TransactionSynchronizationRegistry transactions;

    public void evict(long programId, String scheduleId) {
        cache.evict(programId, scheduleId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.evict(programId, scheduleId);
            }
        });
    }
}
