package org.residency.scheduler.export.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed's events, written as text and parsed back with ical4j as a calendar app would read them. */
class PersonCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void aResidentsSessionsCallAndPostCallDayBecomeEvents() throws Exception {
        Map<String, VEvent> events = events(new ExportFixture(), "R1", CalendarSettings.DEFAULT);

        VEvent callDay = events.get("2026-07-06-day.R1.p7@residency-scheduler");
        assertEquals("Inpatient ward", summary(callDay));
        assertEquals(Instant.parse("2026-07-06T07:00:00Z"), start(callDay));
        assertEquals(Instant.parse("2026-07-06T19:00:00Z"), end(callDay));

        VEvent call = events.get("2026-07-06-call.R1.p7@residency-scheduler");
        assertEquals("In-house call", summary(call));
        assertEquals(Instant.parse("2026-07-06T19:00:00Z"), start(call));
        assertEquals(Instant.parse("2026-07-07T07:00:00Z"), end(call), "12 hours: 24 with the day's sessions");

        assertFalse(events.keySet().stream().anyMatch(uid -> uid.startsWith("2026-07-07")), "post-call day OO: no event");

        VEvent wardAm = events.get("2026-07-08-am.R1.p7@residency-scheduler");
        VEvent clinicPm = events.get("2026-07-08-pm.R1.p7@residency-scheduler");
        assertEquals("Inpatient ward (AM)", summary(wardAm));
        assertEquals(Instant.parse("2026-07-08T13:00:00Z"), end(wardAm));
        assertEquals("Continuity clinic (PM)", summary(clinicPm));
        assertEquals(Instant.parse("2026-07-08T13:00:00Z"), start(clinicPm));

        // Block 2 (from day 7) is CLIN for R1: the rotation's name follows the block.
        assertEquals("Ambulatory", summary(events.get("2026-07-13-day.R1.p7@residency-scheduler")));
        // 14 days: day 0 one event + call, day 1 none, days 2-3 two each, 10 more whole days.
        assertEquals(2 + 2 + 2 + 10, events.size(), events.keySet().toString());
    }

    @Test
    void consecutiveAbsentDaysAreOneAllDayEventNamedByTheAbsenceKind() throws Exception {
        Map<String, VEvent> events = events(new ExportFixture(), "R2", CalendarSettings.DEFAULT);
        VEvent absence = events.get("2026-07-15-absence.R2.p7@residency-scheduler");
        assertEquals("Absent (vacation)", summary(absence));
        assertEquals(LocalDate.of(2026, 7, 15), absence.getStartDate().orElseThrow().getDate());
        assertEquals(LocalDate.of(2026, 7, 17), absence.getEndDate().orElseThrow().getDate(), "DTEND exclusive");
        assertEquals(1, events.keySet().stream().filter(uid -> uid.contains("absence")).count());
        assertTrue(events.containsKey("2026-07-11-call.R2.p7@residency-scheduler"));
    }

    @Test
    void facultyPrecept() throws Exception {
        Map<String, VEvent> events = events(new ExportFixture(), "F1", CalendarSettings.DEFAULT);
        assertEquals(List.of("2026-07-08-am.F1.p7@residency-scheduler"), List.copyOf(events.keySet()));
        assertEquals("Precepting clinic (AM)", summary(events.values().iterator().next()));
    }

    @Test
    void theSameScheduleGivesTheSameTextAndAChangedActivityKeepsItsUid() throws Exception {
        ExportFixture fixture = new ExportFixture();
        assertEquals(text(fixture, "R1", CalendarSettings.DEFAULT), text(fixture, "R1", CalendarSettings.DEFAULT));

        fixture.days.get("R1").set(4, "CC");
        VEvent changed = events(fixture, "R1", CalendarSettings.DEFAULT).get("2026-07-10-day.R1.p7@residency-scheduler");
        assertEquals("Continuity clinic", summary(changed), "same UID, new activity: the app updates the event");
    }

    @Test
    void aProgramTimeZoneWritesLocalTimesWithItsDefinitionAndKeepsCallEndingAtSevenAcrossDaylightSaving()
            throws Exception {
        ZoneId chicago = ZoneId.of("America/Chicago");
        // US daylight saving ends on Sunday 2026-11-01 at 02:00: a call from Saturday night spans it.
        ExportFixture fixture = new ExportFixture(LocalDate.of(2026, 10, 26));
        fixture.call.set(0, null);
        fixture.call.set(5, "R1"); // Saturday 2026-10-31
        String text = text(fixture, "R1", new CalendarSettings(chicago, LocalTime.of(7, 0)));
        assertTrue(text.contains("DTSTART;TZID=America/Chicago:20261031T190000"), text);

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        VEvent call = byUid(parsed).get("2026-10-31-call.R1.p" + 7 + "@residency-scheduler");
        ZonedDateTime end = ((ZonedDateTime) call.getEndDate().orElseThrow().getDate());
        assertEquals(LocalTime.of(7, 0), end.toLocalTime());
        assertEquals(Duration.ofHours(13), Duration.between(start(call), end(call)), "the clock goes back an hour");
    }

    @Test
    void aPersonWithoutScheduleGetsAValidEmptyCalendar() throws Exception {
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(PersonCalendar.empty("Nobody", CalendarSettings.DEFAULT), out);
        Calendar parsed = new CalendarBuilder().build(new StringReader(out.toString()));
        assertTrue(parsed.getComponents("VEVENT").isEmpty());
        assertEquals("Nobody", parsed.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow());
    }

    @Test
    void uidsAreUniqueInTheFeed() throws Exception {
        String text = text(new ExportFixture(), "R1", CalendarSettings.DEFAULT);
        long uids = text.lines().filter(l -> l.startsWith("UID:")).count();
        assertEquals(uids, text.lines().filter(l -> l.startsWith("UID:")).distinct().count());
        assertNotEquals(0, uids);
    }

    private static String text(ExportFixture fixture, String person, CalendarSettings settings) throws Exception {
        SchedulePlan plan = fixture.plan();
        Calendar calendar = new PersonCalendar(plan, 7, settings, STAMP).build(plan.person(person).orElseThrow());
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out); // validating: a malformed calendar fails here
        return out.toString();
    }

    private static Map<String, VEvent> events(ExportFixture fixture, String person, CalendarSettings settings)
            throws Exception {
        return byUid(new CalendarBuilder().build(new StringReader(text(fixture, person, settings))));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity(),
                (a, b) -> { throw new AssertionError("duplicate UID " + a.getUid()); }, java.util.LinkedHashMap::new));
    }

    private static String summary(VEvent event) {
        return event.getSummary().getValue();
    }

    private static Instant start(VEvent event) {
        return instant(event.getStartDate().orElseThrow().getDate());
    }

    private static Instant end(VEvent event) {
        return instant(event.getEndDate().orElseThrow().getDate());
    }

    private static Instant instant(Temporal t) {
        return Instant.from(t);
    }
}
