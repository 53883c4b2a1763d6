package org.residency.scheduler.engine;

/**
 * A soft metric of a schedule with what the engine proved about it.
 *
 * @param value   the schedule's value, as the validator computes it
 * @param bound   the best value any schedule of the program can have, as far as the engine proved it: a
 *                lower bound for the spreads (e.g. 1 when the nights cannot be shared equally), an upper
 *                bound for {@code requestsGranted}
 * @param optimal whether the value reaches the bound, so no schedule is better on this metric
 */
public record MetricBound(double value, double bound, boolean optimal) {

    static MetricBound lowerIsBetter(double value, double bound) {
        return new MetricBound(value, bound, value <= bound);
    }

    static MetricBound higherIsBetter(double value, double bound) {
        return new MetricBound(value, bound, value >= bound);
    }
}
