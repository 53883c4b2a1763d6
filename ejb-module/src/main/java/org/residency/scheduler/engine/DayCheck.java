package org.residency.scheduler.engine;

/**
 * The rules a {@link DayModel} of a range [d0, d1) imposes while a year is built (calls fixed, days
 * after the range unknown), checked on a filled {@link Timeline} in plain Java: what decides whether a
 * constructed range can be kept or must be solved by CP-SAT. Windows that start before the range read
 * the days already decided; a window that runs past d1 needs its proportional share of free days
 * ({@code floor(4 x days inside / 28)}), exactly as the model asks. The independent validator still
 * checks the whole year before anything is returned.
 */
final class DayCheck {

    private DayCheck() {
    }

    /**
     * What the day model's metrics solve minimises, for a filled range: day-off requests of the range
     * not granted, plus how far each resident's clinic sessions in the range are from the aim of
     * {@code targets} (read against {@code before}, the year without the range) when clinic spread is a
     * goal. 0 is the bound that solve knows, so a range at 0 is as good as that solve can make it.
     */
    static long missedGoals(Instance in, Timeline before, Timeline after, int d0, int d1, ClinicTargets targets,
                            java.util.List<SoftGoal> goals) {
        long missed = 0;
        if (goals.contains(SoftGoal.REQUESTS_GRANTED)) {
            for (Instance.Request q : in.requests) {
                if (q.day() < d0 || q.day() >= d1) {
                    continue;
                }
                if (q.resident()) {
                    missed += after.free(q.person(), q.day()) ? 0 : 1;
                } else {
                    char am = after.facultyCode[q.person()][2 * q.day()];
                    char pm = after.facultyCode[q.person()][2 * q.day() + 1];
                    missed += am == 'P' || pm == 'P' ? 1 : 0;
                }
            }
        }
        if (goals.contains(SoftGoal.CLINIC_SPREAD) && targets != null) {
            for (int r = 0; r < in.residents(); r++) {
                missed += Math.abs(after.clinicSessions(r, d0, d1) - targets.aim(r, d0, d1, before));
            }
        }
        return missed;
    }

    /** The first rule the range breaks, as a short text, or null when it keeps every one. */
    static String firstProblem(Instance in, Timeline t, int d0, int d1) {
        for (int d = d0; d < d1; d++) {
            String problem = day(in, t, d);
            if (problem != null) {
                return problem + " on " + in.date(d);
            }
        }
        for (Instance.Week week : in.weeks) {
            if (week.first() >= d0 && week.end() <= d1) {
                String problem = week(in, t, week);
                if (problem != null) {
                    return problem + " in the week of " + in.date(week.first());
                }
            }
        }
        for (int r = 0; r < in.residents(); r++) {
            String problem = residentWindows(in, t, r, d0, d1);
            if (problem != null) {
                return problem;
            }
        }
        return facultyWindows(in, t, d0, d1);
    }

    static String day(Instance in, Timeline t, int d) {
        int b = in.blockOf(d);
        for (int r = 0; r < in.residents(); r++) {
            char am = t.residentCode[r][2 * d];
            char pm = t.residentCode[r][2 * d + 1];
            Instance.Rotation rot = in.rotations[t.plan[r][b]];
            if (in.residentAbsent[r][d]) {
                if (am != 'A' || pm != 'A' || t.onCall(r, d)) {
                    return in.residentIds[r] + " absent but not AA or on call";
                }
                continue;
            }
            boolean off = am == 'O' && pm == 'O';
            for (char c : new char[] {am, pm}) {
                if (c != 'R' && c != 'C' && c != 'O') {
                    return in.residentIds[r] + " has code '" + c + "'";
                }
                if (c == 'O' && !off) {
                    return in.residentIds[r] + " is off for half a day";
                }
                if (c == 'C' && (in.weekend[d] || rot.clinicPerWeek() == 0)) {
                    return in.residentIds[r] + " at clinic on a weekend or a rotation without clinic";
                }
            }
            if (in.weekend[d] && !rot.worksWeekends() && !off) {
                return in.residentIds[r] + " works a weekend on a weekday rotation";
            }
            if (t.onCall(r, d) && (am != 'R' || pm != 'R')) {
                return in.residentIds[r] + " is on call but not RR";
            }
            if (t.onCall(r, d - 1) && !off) {
                return in.residentIds[r] + " is post-call but not OO";
            }
        }
        for (int f = 0; f < in.faculty(); f++) {
            for (int s = 0; s < 2; s++) {
                char c = t.facultyCode[f][2 * d + s];
                char expected = in.facultyAbsent[f][d] ? 'A' : in.weekend[d] ? 'O' : 0;
                if (expected != 0 ? c != expected : c != 'P' && c != 'O') {
                    return in.facultyIds[f] + " has code '" + c + "'";
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            for (int x = 0; x < in.rotations.length; x++) {
                if (!in.staffedOn(x, d)) {
                    continue;
                }
                int atR = t.atRotation(x, d, s);
                if (atR < in.rotations[x].perSession()) {
                    return in.rotations[x].id() + " has " + atR + " at R in session " + s;
                }
            }
            int heads = 0;
            for (int r = 0; r < in.residents(); r++) {
                heads += t.residentCode[r][2 * d + s] == 'C' ? 1 : 0;
            }
            if (heads > in.clinicCapacity || t.supervisedUnits(d, s) > t.supervisingUnits(d, s)) {
                return "clinic over capacity or supervision in session " + s;
            }
        }
        return null;
    }

    static String week(Instance in, Timeline t, Instance.Week week) {
        for (int r = 0; r < in.residents(); r++) {
            int k = in.rotations[t.plan[r][week.block()]].clinicPerWeek();
            int sessions = t.clinicSessions(r, week.first(), week.end());
            if (sessions > k || week.full() && !t.busy(r, week) && k > 0 && sessions != k) {
                return in.residentIds[r] + " has " + sessions + " clinic sessions (quota " + k + ")";
            }
        }
        for (int f = 0; f < in.faculty(); f++) {
            int sessions = 0;
            for (int k = 2 * week.first(); k < 2 * week.end(); k++) {
                sessions += t.facultyCode[f][k] == 'P' ? 1 : 0;
            }
            if (sessions > in.preceptCap[f]) {
                return in.facultyIds[f] + " precepts " + sessions + " sessions";
            }
        }
        return null;
    }

    /** 80 hours and the free days of every 28-day window touching [d0, d1), as the day model asks them. */
    static String residentWindows(Instance in, Timeline t, int r, int d0, int d1) {
        int lastStart = Math.min(in.days - Instance.WINDOW, d1 - 1);
        for (int s = Math.max(0, d0 - Instance.WINDOW + 1); s <= lastStart; s++) {
            int end = s + Instance.WINDOW;
            boolean whole = end <= d1;
            int to = whole ? end : d1;
            long hours = 0;
            int free = 0;
            for (int d = s; d < to; d++) {
                hours += t.hours(r, d);
                free += t.free(r, d) ? 1 : 0;
            }
            long need = whole ? Instance.MIN_FREE_DAYS : (long) Instance.MIN_FREE_DAYS * (to - s) / Instance.WINDOW;
            if (hours > Instance.MAX_WINDOW_HOURS || free < need) {
                return in.residentIds[r] + " has " + free + " free days and " + hours / 100.0
                        + " hours in the window from " + in.date(s);
            }
        }
        return null;
    }

    private static String facultyWindows(Instance in, Timeline t, int d0, int d1) {
        for (int f = 0; f < in.faculty(); f++) {
            for (int s = Math.max(0, d0 - Instance.WINDOW + 1); s + Instance.WINDOW <= in.days && s < d1; s++) {
                long hours = 0;
                for (int k = 2 * s; k < 2 * (s + Instance.WINDOW); k++) {
                    hours += t.facultyCode[f][k] == 'P' ? in.halfDayHours : 0;
                }
                if (hours > Instance.MAX_WINDOW_HOURS) {
                    return in.facultyIds[f] + " precepts " + hours / 100.0 + " hours in the window from " + in.date(s);
                }
            }
        }
        return null;
    }
}
