package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The duty-hour rules against what the program asks of its residents: a call day alone must fit in the
 * 80-hour limit, and a staffed rotation's work in a block's first 28 days must fit in what the residents
 * who may be on it can give while keeping 4 free days (day-off-1-in-7) and 320 hours (hours-80).
 */
final class DutyHours implements CountingArgument {

    private static final BigDecimal LIMIT = BigDecimal.valueOf(ProgramFacts.MAX_WINDOW_HOURS);

    /** How many calls fit in one 28-day window that holds a whole block; unbounded when none does. */
    static int callsPerWindow(ProgramFacts f) {
        BigDecimal perCall = callDayHours(f);
        if (f.days < ProgramFacts.WINDOW || f.blockDays > ProgramFacts.WINDOW || perCall.signum() == 0) {
            return Integer.MAX_VALUE;
        }
        return LIMIT.divide(perCall, 0, RoundingMode.FLOOR).intValueExact();
    }

    /** A call day is worked in both sessions (call-day) plus the night. */
    private static BigDecimal callDayHours(ProgramFacts f) {
        return f.halfDay.multiply(BigDecimal.valueOf(2)).add(f.callNight);
    }

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        if (f.days >= ProgramFacts.WINDOW && callDayHours(f).compareTo(LIMIT) > 0) {
            out.add(new Reason("hours-80", null, List.of(), "One call day alone is " + callDayHours(f).toPlainString()
                    + " hours (two sessions of " + f.halfDay.toPlainString() + " h plus " + f.callNight.toPlainString()
                    + " h for the night), more than the " + ProgramFacts.MAX_WINDOW_HOURS
                    + " hours allowed in 28 days, so no night can be covered."));
        }
        if (f.blockDays >= ProgramFacts.WINDOW) {
            for (int x = 0; x < f.rotations.size(); x++) {
                for (int b = 0; b < f.blocks; b++) {
                    staffedWindow(f, x, b, out);
                }
            }
        }
        return out;
    }

    /** The first 28 days of block b on rotation x: its staffed work against its residents' limits. */
    private void staffedWindow(ProgramFacts f, int x, int b, List<Reason> out) {
        ProgramDocument.Rotation rotation = f.rotations.get(x);
        int from = f.blockStart(b);
        int to = from + ProgramFacts.WINDOW;
        int staffedDays = 0;
        for (int d = from; d < to; d++) {
            staffedDays += f.staffed(x, d) ? 1 : 0;
        }
        if (staffedDays == 0) {
            return;
        }
        List<Integer> candidates = f.candidates(b, x);
        List<Integer> workDays = new ArrayList<>();
        List<Integer> workSessions = new ArrayList<>();
        int sessionsByHours = f.halfDay.signum() == 0 ? Integer.MAX_VALUE
                : LIMIT.divide(f.halfDay, 0, RoundingMode.FLOOR).intValueExact();
        for (int r : candidates) {
            int present = 0;
            for (int d = from; d < to; d++) {
                present += f.residentAbsent[r][d] ? 0 : 1;
            }
            workDays.add(Math.min(present, ProgramFacts.WINDOW - ProgramFacts.MIN_FREE_DAYS));
            workSessions.add(Math.min(2 * present, sessionsByHours));
        }
        int need = rotation.minPerSession() * staffedDays;
        int days = best(workDays, rotation.maxResidents());
        String window = f.date(from) + " to " + f.date(to - 1);
        if (days < need) {
            out.add(new Reason("day-off-1-in-7", b + 1, f.residentIds(candidates), "Block " + (b + 1) + ": "
                    + rotation.id() + " needs " + rotation.minPerSession() + " resident(s) at work on each of "
                    + staffedDays + " days from " + window + " (" + need + " resident-days), but with 4 free days in"
                    + " 28 and their absences, the at most " + rotation.maxResidents() + " residents on it can work"
                    + " at most " + days + f.named(candidates) + "."));
        } else if (best(workSessions, rotation.maxResidents()) < 2 * need) {
            out.add(new Reason("hours-80", b + 1, f.residentIds(candidates), "Block " + (b + 1) + ": "
                    + rotation.id() + " needs " + 2 * need + " resident-sessions from " + window + ", but within "
                    + ProgramFacts.MAX_WINDOW_HOURS + " hours in 28 days (" + f.halfDay.toPlainString()
                    + " h a session) the at most " + rotation.maxResidents() + " residents on it can work at most "
                    + best(workSessions, rotation.maxResidents()) + f.named(candidates) + "."));
        }
    }

    /** The sum of the {@code seats} largest values. */
    private static int best(List<Integer> values, int seats) {
        return values.stream().sorted(Comparator.reverseOrder()).limit(seats).mapToInt(Integer::intValue).sum();
    }
}
