package org.residency.scheduler.loadtest;

import java.util.Arrays;

/** Latencies of one kind of request (nanoseconds, from the planned start) and its errors; thread-safe. */
final class Latencies {

    private long[] values = new long[1024];
    private int count;
    private int errors;

    synchronized void record(long nanos, boolean ok) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
        if (!ok) {
            errors++;
        }
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Summary(count, errors, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                count == 0 ? 0 : millis(sorted[count - 1]));
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double at(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return millis(sorted[Math.max(0, rank - 1)]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    record Summary(int count, int errors, double p50, double p95, double p99, double max) {

        String row(String name) {
            return String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |", name, count, errors, p50, p95, p99, max);
        }
    }
}
