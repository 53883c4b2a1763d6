package org.residency.scheduler.cache;

import java.util.Optional;

/**
 * Cache of schedule documents as their exported JSON text (UTF-8 bytes, as they are sent), keyed by program
 * and schedule id.
 * Reads may miss at any time (cache off, Redis down, entry evicted); writers must call
 * {@link #evict} after every change of a schedule and {@link #evictProgram} when a program goes.
 */
public interface ScheduleCache {

    Optional<byte[]> get(long programId, String scheduleId);

    void put(long programId, String scheduleId, byte[] json);

    void evict(long programId, String scheduleId);

    void evictProgram(long programId);
}
