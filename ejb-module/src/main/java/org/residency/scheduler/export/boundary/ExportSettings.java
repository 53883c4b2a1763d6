package org.residency.scheduler.export.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.export.control.CalendarSettings;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The calendar settings from MicroProfile Config ({@code CALENDAR_TIME_ZONE}, e.g. America/Chicago,
 * default UTC; {@code CALENDAR_DAY_START}, e.g. 07:30, default 07:00). A value that does not parse is
 * reported in the log at start and the default used, so a typo cannot take the feeds down.
 */
@ApplicationScoped
public class ExportSettings {

    private static final Logger LOG = Logger.getLogger(ExportSettings.class.getName());

    @Inject
    @ConfigProperty(name = "calendar.time-zone", defaultValue = "UTC")
    String timeZone;

    @Inject
    @ConfigProperty(name = "calendar.day-start", defaultValue = "07:00")
    String dayStart;

    private CalendarSettings calendar;

    @PostConstruct
    void read() {
        calendar = parse(timeZone, dayStart);
    }

    public CalendarSettings calendar() {
        return calendar;
    }

    static CalendarSettings parse(String zone, String start) {
        ZoneId zoneId = CalendarSettings.DEFAULT.zone();
        LocalTime time = CalendarSettings.DEFAULT.dayStart();
        try {
            ZoneId configured = ZoneId.of(zone.trim());
            if (new CalendarSettings(configured, time).isUtc() || hasDefinition(configured)) {
                zoneId = configured;
            } else {
                LOG.severe(() -> "CALENDAR_TIME_ZONE '" + zone + "' has no iCalendar definition (use a region id such"
                        + " as America/Chicago): using UTC");
            }
        } catch (DateTimeException e) {
            LOG.severe(() -> "CALENDAR_TIME_ZONE '" + zone + "' is not a time zone id (e.g. America/Chicago): using UTC");
        }
        try {
            time = LocalTime.parse(start.trim());
        } catch (DateTimeParseException e) {
            LOG.severe(() -> "CALENDAR_DAY_START '" + start + "' is not a time (e.g. 07:00): using 07:00");
        }
        return new CalendarSettings(zoneId, time);
    }

    /** Feeds in a zone other than UTC carry its VTIMEZONE, from the definitions bundled with ical4j. */
    private static boolean hasDefinition(ZoneId zone) {
        try {
            return TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()) != null;
        } catch (RuntimeException e) {
            return false; // ical4j 4.2 answers an id it has no file for with a NullPointerException
        }
    }
}
