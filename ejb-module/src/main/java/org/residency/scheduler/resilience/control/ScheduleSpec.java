package org.residency.scheduler.resilience.control;

import jakarta.ejb.ScheduleExpression;

/** Reads a configured timer schedule, "second minute hour [day-of-week]", into a calendar expression. */
public final class ScheduleSpec {

    public static final String OFF = "off";

    private ScheduleSpec() {
    }

    public static ScheduleExpression parse(String key, String spec) {
        String[] parts = spec.trim().split("\\s+");
        if (parts.length < 3 || parts.length > 4) {
            throw new IllegalArgumentException(key + " must be 'second minute hour [day-of-week]' or 'off', got: " + spec);
        }
        ScheduleExpression e = new ScheduleExpression().second(parts[0]).minute(parts[1]).hour(parts[2]);
        return parts.length == 4 ? e.dayOfWeek(parts[3]) : e;
    }
}
