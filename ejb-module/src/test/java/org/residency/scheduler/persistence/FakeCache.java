package org.residency.scheduler.persistence;

import org.residency.scheduler.cache.ScheduleCache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory stand-in for the Redis cache that records evictions. */
final class FakeCache implements ScheduleCache {

    final Map<String, byte[]> entries = new HashMap<>();
    final List<String> evictions = new ArrayList<>();

    @Override
    public Optional<byte[]> get(long programId, String scheduleId) {
        return Optional.ofNullable(entries.get(programId + "/" + scheduleId));
    }

    @Override
    public void put(long programId, String scheduleId, byte[] json) {
        entries.put(programId + "/" + scheduleId, json);
    }

    @Override
    public void evict(long programId, String scheduleId) {
        evictions.add(programId + "/" + scheduleId);
        entries.remove(programId + "/" + scheduleId);
    }

    @Override
    public void evictProgram(long programId) {
        evictions.add(programId + "/*");
        entries.keySet().removeIf(k -> k.startsWith(programId + "/"));
    }
}
