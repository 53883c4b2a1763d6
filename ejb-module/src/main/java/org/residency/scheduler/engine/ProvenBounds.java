package org.residency.scheduler.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounds on the soft metrics that hold for every valid schedule of a program, computed before solving.
 * A stage whose objective reaches its bound stops at once (nothing better exists), and a result whose
 * metric equals the bound is reported as proven optimal on that metric.
 */
final class ProvenBounds {

    private ProvenBounds() {
    }

    /**
     * Divisibility: a PGY level's residents can only hold equal numbers of calls when its share of the
     * nights is a multiple of its size, so the spread is at least 1 when the nights are no sum of
     * multiples of the levels' sizes.
     *
     * @param weekendOnly count Friday and Saturday nights only (weekend call spread)
     */
    static int callSpread(Instance in, boolean weekendOnly) {
        int nights = 0;
        for (int d = 0; d < in.days; d++) {
            nights += !weekendOnly || in.fridayOrSaturday[d] ? 1 : 0;
        }
        int[] size = new int[4];
        for (int r = 0; r < in.residents(); r++) {
            size[in.pgy[r]]++;
        }
        boolean[] reachable = new boolean[nights + 1];
        reachable[0] = true;
        for (int level = 1; level <= 3; level++) {
            if (size[level] == 0) {
                continue;
            }
            for (int total = size[level]; total <= nights; total++) {
                reachable[total] |= reachable[total - size[level]];
            }
        }
        return reachable[nights] ? 0 : 1;
    }

    /** Each metric of {@code metrics} (wire names) with its bound; clinic spread 0 and all requests are the only bounds known. */
    static Map<String, MetricBound> of(Instance in, Map<String, Double> metrics) {
        Map<String, MetricBound> bounds = new LinkedHashMap<>();
        metrics.forEach((name, value) -> {
            SoftGoal goal = SoftGoal.fromWireName(name).orElseThrow();
            bounds.put(name, switch (goal) {
                case CALL_SPREAD -> MetricBound.lowerIsBetter(value, callSpread(in, false));
                case WEEKEND_CALL_SPREAD -> MetricBound.lowerIsBetter(value, callSpread(in, true));
                case CLINIC_SPREAD -> MetricBound.lowerIsBetter(value, 0);
                case REQUESTS_GRANTED -> MetricBound.higherIsBetter(value, 1.0);
            });
        });
        return bounds;
    }
}
