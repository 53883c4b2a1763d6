package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The clinic sessions that must happen in a week: residents who must be on a rotation outside the call
 * pool, in a week where clinic-weekly asks for exactly its {@code clinicPerWeek} (see {@link ExactWeeks}).
 * They must fit in the clinic's capacity over the week's weekday sessions, and their supervision must fit
 * in what the faculty present that week can precept within their weekly caps.
 */
final class ClinicSupply implements CountingArgument {

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        for (int b = 0; b < f.blocks; b++) {
            for (int w0 : f.fullWeeks(b)) {
                int before = out.size();
                week(f, b, w0, out);
                if (out.size() > before) {
                    break; // the first such week of a block says it; the others are alike
                }
            }
        }
        return out;
    }

    private void week(ProgramFacts f, int b, int w0, List<Reason> out) {
        List<Integer> due = new ArrayList<>();
        int sessions = 0;
        int units = 0;
        for (int r = 0; r < f.residents.length; r++) {
            int x = f.forcedRotation(r, b);
            if (x < 0) {
                continue;
            }
            ProgramDocument.Rotation rotation = f.rotations.get(x);
            if (!rotation.callPool() && rotation.clinicPerWeek() > 0 && ExactWeeks.isExact(f, r, b, w0)) {
                int k = Math.min(rotation.clinicPerWeek(), ExactWeeks.WEEKDAY_SESSIONS);
                due.add(r);
                sessions += k;
                units += k * (f.pgy[r] == 1 ? f.seniorPerFaculty : f.pgy1PerFaculty);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        String when = "Block " + (b + 1) + ", week from " + f.date(w0) + ": " + due.size()
                + " resident(s) must hold exactly their rotation's weekly clinic sessions (fixed rotation outside the"
                + " call pool, no absence that week), " + sessions + " sessions in all";
        int capacity = f.capacityPerSession * ExactWeeks.WEEKDAY_SESSIONS;
        if (sessions > capacity) {
            out.add(new Reason("clinic-capacity", b + 1, f.residentIds(due), when + ", but the clinic takes at most "
                    + f.capacityPerSession + " resident(s) in each of " + ExactWeeks.WEEKDAY_SESSIONS
                    + " weekday sessions (" + capacity + ")" + f.named(due) + "."));
        }
        precepting(f, b, w0, due, units, when, out);
    }

    /**
     * Supervision in units: a PGY-1 in clinic uses {@code seniorPerFaculty} units, a senior
     * {@code pgy1PerFaculty}, and a precepting faculty member covers their product (check.py's arithmetic).
     */
    private void precepting(ProgramFacts f, int b, int w0, List<Integer> due, int units, String when,
                            List<Reason> out) {
        int perFaculty = f.pgy1PerFaculty * f.seniorPerFaculty;
        int present = 0;
        int capped = 0;
        for (int p = 0; p < f.faculty.length; p++) {
            int sessions = 0;
            for (int d = w0; d < w0 + 7; d++) {
                sessions += !f.isWeekend(d) && !f.facultyAbsent[p][d] ? 2 : 0;
            }
            present += sessions;
            capped += Math.min(sessions, f.maxPrecept[p]);
        }
        String need = " need " + units + " supervision units (" + f.seniorPerFaculty + " per PGY-1 session, "
                + f.pgy1PerFaculty + " per senior session; one precepting session covers " + perFaculty + ")";
        if (units > perFaculty * present) {
            out.add(new Reason("supervision", b + 1, f.residentIds(due), when + "; they" + need + ", but the faculty"
                    + " present that week have only " + present + " weekday sessions (" + perFaculty * present
                    + " units)" + f.named(due) + "."));
        } else if (units > perFaculty * capped) {
            out.add(new Reason("precept-weekly", b + 1, f.residentIds(due), when + "; they" + need + ", but the"
                    + " faculty's maxPreceptPerWeek caps allow only " + capped + " precepting sessions that week ("
                    + perFaculty * capped + " units)" + f.named(due) + "."));
        }
    }
}
