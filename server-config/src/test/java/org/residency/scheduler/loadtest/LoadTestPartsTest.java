package org.residency.scheduler.loadtest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadTestPartsTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record(ms * 1_000_000L, ms != 7);
        }
        Latencies.Summary s = latencies.summary();
        assertEquals(100, s.count());
        assertEquals(1, s.errors());
        assertEquals(50.0, s.p50());
        assertEquals(95.0, s.p95());
        assertEquals(99.0, s.p99());
        assertEquals(100.0, s.max());
    }

    @Test
    void theListingShareSpreadsListingsEvenly() {
        LoadOptions options = LoadOptions.parse(new String[]{"--program", "3", "--schedule", "y", "--listing-share", "0.2"},
                "u:p");
        long listings = java.util.stream.LongStream.range(0, 1000).filter(options::isListing).count();
        assertEquals(200, listings);
        assertTrue(options.schedule().toString().endsWith("/api/programs/3/schedules/y"));
        assertEquals("Basic dTpw", options.authorization());
    }

    @Test
    void badArgumentsAndMissingCredentialsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[]{"--schedule", "y"}, "u:p"));
        assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.parse(new String[]{"--program", "1", "--schedule", "y", "--rate", "0"}, "u:p"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[]{"--program", "1", "--schedule", "y"}, null));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[]{"--bogus"}, "u:p"));
    }

    @Test
    void countersAreSummedOverTheirTags() {
        String metrics = "# TYPE schedule_cache_hits_total counter\n"
                + "schedule_cache_hits_total{mp_scope=\"application\"} 12.0\n"
                + "schedule_cache_hits_total{mp_scope=\"other\"} 3.0\n"
                + "schedule_cache_misses_total{mp_scope=\"application\"} 2.0\n";
        assertEquals(15.0, LoadTest.counter(metrics, "schedule_cache_hits"));
        assertTrue(Double.isNaN(LoadTest.counter(metrics, "schedule_cache_errors")));
    }
}
