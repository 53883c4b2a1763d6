package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ProgramIndex;
import org.residency.scheduler.rules.YearCalendar;

import java.util.ArrayList;
import java.util.List;

/**
 * Utilization of a program's schedule per week: demand / capacity, both in half-day sessions.
 *
 * <pre>
 * demand   = staffed + clinic + precepting + callNights
 *   staffed    = sum over rotations with minPerSession &gt; 0 of minPerSession x 2 x (days of the week the
 *                rotation works: every day if worksWeekends, else Monday..Friday)
 *   clinic     = sum over residents whose week is full (7 days) and holds no absence, call night or
 *                post-call day of clinicPerWeek of their block's rotation (the quota the rules make exact)
 *   precepting = sum over weekday sessions of ceil(C1 / pgy1PerFaculty + C23 / seniorPerFaculty), C1 and
 *                C23 the PGY-1 and PGY-2/3 residents the schedule has in clinic in that session
 *   callNights = nights of the week x callNight / halfDay (one resident on call every night)
 * capacity = sum over residents of (80 h x days present / 7) / halfDay        (the ACGME hour limit)
 *          + sum over faculty of min(maxPreceptPerWeek, 2 x weekdays present)  (precepting is their share)
 * rate     = demand / capacity; a week with demand and no capacity is SATURATED
 * </pre>
 *
 * Faculty have no ACGME hour limit; what this program asks of them is precepting, so their capacity is
 * the precepting they may give. Absent days (program absences) are not present days.
 */
public final class UtilizationCalculator {

    /** ACGME: 80 hours a week, averaged over four weeks. */
    static final double WEEKLY_HOUR_LIMIT = 80.0;
    /** The rate shown for a week with demand and no capacity at all. */
    public static final double SATURATED = 10.0;

    /** Every week of the year. */
    public List<WeekUtilization> weeks(ProgramDocument program, ScheduleDocument schedule) {
        People people = new People(program, schedule);
        YearCalendar calendar = new ProgramIndex(program).calendar();
        List<WeekUtilization> weeks = new ArrayList<>(calendar.weeks());
        for (int w = 0; w < calendar.weeks(); w++) {
            weeks.add(week(program, people, calendar, w));
        }
        return weeks;
    }

    private static WeekUtilization week(ProgramDocument program, People people, YearCalendar calendar, int w) {
        int first = calendar.weekStart(w);
        int end = calendar.weekEnd(w);
        double halfDay = program.hours().halfDay().doubleValue();
        double staffed = staffed(program, calendar, first, end);
        double clinic = end - first == 7 ? clinic(people, calendar.weekBlock(w), first, end) : 0;
        double precepting = precepting(program, people, calendar, first, end);
        double calls = (end - first) * program.hours().callNight().doubleValue() / halfDay;
        double demand = staffed + clinic + precepting + calls;
        double residentCapacity = 0;
        for (int r = 0; r < people.residents(); r++) {
            residentCapacity += WEEKLY_HOUR_LIMIT * people.presentDays(r, first, end) / 7.0 / halfDay;
        }
        double facultyCapacity = 0;
        double facultyFull = 0;
        for (int f = 0; f < people.faculty(); f++) {
            int cap = program.faculty().get(f).maxPreceptPerWeek();
            facultyCapacity += Math.min(cap, 2 * people.presentWeekdays(people.residents() + f, calendar, first, end));
            facultyFull += Math.min(cap, 2 * weekdays(calendar, first, end));
        }
        double capacity = residentCapacity + facultyCapacity;
        double rate = capacity > 0 ? Math.min(SATURATED, demand / capacity) : demand > 0 ? SATURATED : 0;
        return new WeekUtilization(w, calendar.weekBlock(w) + 1, calendar.date(first), calendar.date(end - 1),
                staffed, clinic, precepting, calls, demand, capacity, rate,
                facultyFull > 0 ? facultyCapacity / facultyFull : 1.0);
    }

    private static double staffed(ProgramDocument program, YearCalendar calendar, int first, int end) {
        double sessions = 0;
        for (ProgramDocument.Rotation rotation : program.rotations()) {
            int days = Boolean.TRUE.equals(rotation.worksWeekends()) ? end - first : weekdays(calendar, first, end);
            sessions += (double) rotation.minPerSession() * 2 * days;
        }
        return sessions;
    }

    private static double clinic(People people, int block, int first, int end) {
        double sessions = 0;
        for (int r = 0; r < people.residents(); r++) {
            if (!people.exemptFromClinicQuota(r, first, end)) {
                sessions += people.clinicQuota(r, block);
            }
        }
        return sessions;
    }

    private static double precepting(ProgramDocument program, People people, YearCalendar calendar, int first, int end) {
        ProgramDocument.Supervision s = program.supervision();
        int juniorRatio = s == null ? 2 : s.pgy1PerFaculty();
        int seniorRatio = s == null ? 4 : s.seniorPerFaculty();
        double sessions = 0;
        for (int d = first; d < end; d++) {
            if (calendar.isWeekend(d)) {
                continue;
            }
            for (int half = 0; half < 2; half++) {
                int juniors = people.inClinic(d, half, true);
                int seniors = people.inClinic(d, half, false);
                long weighted = (long) juniors * seniorRatio + (long) seniors * juniorRatio;
                long per = (long) juniorRatio * seniorRatio;
                sessions += (weighted + per - 1) / per;
            }
        }
        return sessions;
    }

    static int weekdays(YearCalendar calendar, int first, int end) {
        int n = 0;
        for (int d = first; d < end; d++) {
            n += calendar.isWeekend(d) ? 0 : 1;
        }
        return n;
    }
}
