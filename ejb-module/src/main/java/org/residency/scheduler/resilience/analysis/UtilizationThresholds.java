package org.residency.scheduler.resilience.analysis;

/**
 * Where utilization enters each level: below {@code yellow} GREEN, then YELLOW, ORANGE, RED, and
 * BLACK from {@code black} on. The defaults are the seed's (0.70, 0.80, 0.90, 0.95); 0.80 is the
 * queueing buffer: above it waiting and overtime grow sharply with any extra load.
 */
public record UtilizationThresholds(double yellow, double orange, double red, double black) {

    public static final UtilizationThresholds DEFAULTS = new UtilizationThresholds(0.70, 0.80, 0.90, 0.95);

    public UtilizationThresholds {
        if (!(0 < yellow && yellow < orange && orange < red && red < black)) {
            throw new IllegalArgumentException("utilization thresholds must rise: 0 < yellow < orange < red < black, got "
                    + yellow + ", " + orange + ", " + red + ", " + black);
        }
    }

    public DefenseLevel levelOf(double rate) {
        if (rate >= black) {
            return DefenseLevel.BLACK;
        }
        if (rate >= red) {
            return DefenseLevel.RED;
        }
        if (rate >= orange) {
            return DefenseLevel.ORANGE;
        }
        return rate >= yellow ? DefenseLevel.YELLOW : DefenseLevel.GREEN;
    }

    /** The lowest rate of a level (0 for GREEN). */
    public double floorOf(DefenseLevel level) {
        return switch (level) {
            case GREEN -> 0;
            case YELLOW -> yellow;
            case ORANGE -> orange;
            case RED -> red;
            case BLACK -> black;
        };
    }
}
