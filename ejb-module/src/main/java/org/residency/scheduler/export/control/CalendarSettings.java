package org.residency.scheduler.export.control;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where and when a program's day happens, for calendar events: the time zone the feeds are written in
 * and the start of the AM session. The format has neither, so they are deployment settings
 * ({@code CALENDAR_TIME_ZONE}, default UTC; {@code CALENDAR_DAY_START}, default 07:00).
 */
public record CalendarSettings(ZoneId zone, LocalTime dayStart) {

    public static final CalendarSettings DEFAULT = new CalendarSettings(ZoneOffset.UTC, LocalTime.of(7, 0));

    public boolean isUtc() {
        return zone.normalized().equals(ZoneOffset.UTC);
    }
}
