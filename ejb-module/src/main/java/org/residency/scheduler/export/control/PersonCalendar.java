package org.residency.scheduler.export.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;

/**
 * The iCalendar of one person in one schedule: a working session (rotation, continuity clinic,
 * precepting) is an event, both sessions of a day with the same activity one event; an in-house call
 * night is an event of its own after the PM session ({@link ShiftTimes}); a run of absent days is one
 * all-day event named by the program's absence kind. Off sessions are not events.
 * <p>
 * Every UID names the program, the person, the date and the slot (am, pm, day, call, absence), never the
 * activity, so a calendar app that re-reads the feed after the schedule changed updates the event in
 * place instead of adding a second one. DTSTAMP is the schedule's last change, so re-reading an
 * unchanged schedule gives the same text.
 */
public final class PersonCalendar {

    static final String PRODUCT = "-//Residency Scheduler//Calendar feed 1.0//EN";
    private static final String UID_DOMAIN = "@residency-scheduler";

    private final SchedulePlan plan;
    private final CalendarSettings settings;
    private final ShiftTimes times;
    private final long programId;
    private final Instant stamp;

    public PersonCalendar(SchedulePlan plan, long programId, CalendarSettings settings, Instant stamp) {
        this.plan = plan;
        this.settings = settings;
        this.programId = programId;
        this.stamp = stamp;
        this.times = ShiftTimes.of(settings.dayStart(), plan.hours().halfDay(), plan.hours().callNight());
    }

    /** A calendar with just its header, for a person with no schedule to show yet (RFC 5545 wants one component; calendar apps read it as an empty calendar). */
    public static Calendar empty(String title, CalendarSettings settings) {
        return header(title, settings);
    }

    public Calendar build(SchedulePlan.Person person) {
        Calendar calendar = header(person.label() + " - " + plan.programName(), settings);
        int absentSince = -1;
        for (int day = 0; day < plan.days(); day++) {
            String codes = plan.codes(person.id(), day);
            boolean absent = codes.indexOf('A') >= 0;
            if (absent && absentSince < 0) {
                absentSince = day;
            }
            if (!absent && absentSince >= 0) {
                calendar.add(absence(person, absentSince, day - 1));
                absentSince = -1;
            }
            sessions(calendar, person, day, codes);
            if (person.id().equals(plan.onCall(day))) {
                calendar.add(call(person, day));
            }
        }
        if (absentSince >= 0) {
            calendar.add(absence(person, absentSince, plan.days() - 1));
        }
        return calendar;
    }

    private void sessions(Calendar calendar, SchedulePlan.Person person, int day, String codes) {
        Activity am = Activity.of(codes.charAt(0));
        Activity pm = Activity.of(codes.charAt(1));
        LocalDate date = plan.date(day);
        if (am == pm && am != null && am.isWork()) {
            calendar.add(session(person, day, am, "day", times.amStart(date), times.pmEnd(date)));
            return;
        }
        if (am != null && am.isWork()) {
            calendar.add(session(person, day, am, "am", times.amStart(date), times.pmStart(date)));
        }
        if (pm != null && pm.isWork()) {
            calendar.add(session(person, day, pm, "pm", times.pmStart(date), times.pmEnd(date)));
        }
    }

    private VEvent session(SchedulePlan.Person person, int day, Activity activity, String slot,
                           LocalDateTime start, LocalDateTime end) {
        String title = switch (activity) {
            case R -> plan.rotationName(plan.rotation(person.id(), plan.blockOf(day)));
            case C -> "Continuity clinic";
            case P -> "Precepting clinic";
            default -> activity.meaning();
        };
        if (title.isBlank()) {
            title = activity.meaning();
        }
        String when = switch (slot) {
            case "am" -> " (AM)";
            case "pm" -> " (PM)";
            default -> "";
        };
        VEvent event = event(at(start), at(end), title + when, person, day, slot);
        event.add(new Categories(activity.meaning()));
        event.add(new Description(activity.meaning() + ", block " + plan.blockOf(day) + " - " + plan.programName()));
        return event;
    }

    private VEvent call(SchedulePlan.Person person, int night) {
        LocalDate date = plan.date(night);
        String rotation = plan.rotationName(plan.rotation(person.id(), plan.blockOf(night)));
        VEvent event = event(at(times.callStart(date)), at(times.callEnd(date)), "In-house call", person, night, "call");
        event.add(new Categories("In-house call"));
        event.add(new Description("Overnight in-house call" + (rotation.isBlank() ? "" : " (" + rotation + ")")
                + " after the day's sessions: 24 hours of duty in all; the next day is free (post-call)."));
        return event;
    }

    private VEvent absence(SchedulePlan.Person person, int first, int last) {
        LocalDate start = plan.date(first);
        String kind = plan.absenceKind(person.id(), start).map(k -> k.toLowerCase(Locale.ROOT).replace('_', ' '))
                .orElse(null);
        // All-day: DTEND is the day after the last absent day (RFC 5545 3.6.1), dates with no time zone.
        VEvent event = event(start, plan.date(last + 1), kind == null ? "Absent" : "Absent (" + kind + ")",
                person, first, "absence");
        event.add(new Categories(Activity.A.meaning()));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private VEvent event(Temporal start, Temporal end, String summary, SchedulePlan.Person person, int day, String slot) {
        VEvent event = new VEvent(start, end, summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(plan.date(day) + "-" + slot + "." + person.id() + ".p" + programId + UID_DOMAIN));
        return event;
    }

    /** UTC instants ("...Z") for a UTC feed, otherwise local times with the zone's TZID. */
    private Temporal at(LocalDateTime local) {
        return settings.isUtc() ? local.toInstant(java.time.ZoneOffset.UTC) : local.atZone(settings.zone());
    }

    private static Calendar header(String title, CalendarSettings settings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // Read by Google, Apple and Outlook for the calendar's name and zone; not in RFC 5545.
        calendar.add(new XProperty("X-WR-CALNAME", title));
        calendar.add(new XProperty("X-WR-TIMEZONE", settings.isUtc() ? "UTC" : settings.zone().getId()));
        if (!settings.isUtc()) {
            calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry()
                    .getTimeZone(settings.zone().getId()).getVTimeZone());
        }
        return calendar;
    }
}
