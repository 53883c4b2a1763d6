package org.residency.scheduler.engine;

import org.residency.scheduler.format.ScheduleDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year being built: block plan, every person's two session codes per day, and the call rota.
 * Code 0 means "not decided yet"; the models read decided days as constants.
 */
final class Timeline {

    static final char UNDECIDED = 0;

    final Instance in;
    final int[][] plan;
    /** residentCode[r][2 * day + session]. */
    final char[][] residentCode;
    /** facultyCode[f][2 * day + session]. */
    final char[][] facultyCode;
    /** rota[night] = resident index, -1 when not decided. */
    final int[] rota;

    Timeline(Instance in, int[][] plan, int[] rota) {
        this.in = in;
        this.plan = plan;
        this.rota = rota.clone();
        this.residentCode = new char[in.residents()][2 * in.days];
        this.facultyCode = new char[in.faculty()][2 * in.days];
    }

    Timeline copy() {
        Timeline t = new Timeline(in, plan, rota);
        for (int r = 0; r < in.residents(); r++) {
            t.residentCode[r] = residentCode[r].clone();
        }
        for (int f = 0; f < in.faculty(); f++) {
            t.facultyCode[f] = facultyCode[f].clone();
        }
        return t;
    }

    boolean onCall(int r, int night) {
        return night >= 0 && night < in.days && rota[night] == r;
    }

    boolean decided(int r, int day) {
        return residentCode[r][2 * day] != UNDECIDED;
    }

    /** A free day as the format defines it: OO or AA, no call that night nor the night before. */
    boolean free(int r, int day) {
        char am = residentCode[r][2 * day];
        char pm = residentCode[r][2 * day + 1];
        boolean offOrAbsent = (am == 'O' && pm == 'O') || (am == 'A' && pm == 'A');
        return offOrAbsent && !onCall(r, day) && !onCall(r, day - 1);
    }

    /** Hours credited on a day, in hundredths: worked sessions plus the call night. */
    long hours(int r, int day) {
        int worked = 0;
        for (int s = 0; s < 2; s++) {
            char c = residentCode[r][2 * day + s];
            if (c == 'R' || c == 'C') {
                worked++;
            }
        }
        return worked * in.halfDayHours + (onCall(r, day) ? in.callNightHours : 0);
    }

    int clinicSessions(int r, int fromDay, int toDay) {
        int n = 0;
        for (int k = 2 * fromDay; k < 2 * toDay; k++) {
            if (residentCode[r][k] == 'C') {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether r's week holds an absence, call or post-call day of theirs: the weekly clinic rule is then
     * "at most clinicPerWeek" instead of "exactly".
     */
    boolean busy(int r, Instance.Week week) {
        for (int d = week.first(); d < week.end(); d++) {
            if (in.residentAbsent[r][d] || onCall(r, d) || onCall(r, d - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Residents on rotation x (this block) at R in session s of day d. */
    int atRotation(int x, int d, int s) {
        int b = in.blockOf(d);
        int n = 0;
        for (int r = 0; r < in.residents(); r++) {
            n += plan[r][b] == x && residentCode[r][2 * d + s] == 'R' ? 1 : 0;
        }
        return n;
    }

    /**
     * Supervision in session s of day d as whole numbers: each PGY-1 at C weighs seniorPerFaculty, each
     * PGY-2/3 pgy1PerFaculty, so that {@link #supervisingUnits} (pgy1PerFaculty x seniorPerFaculty per
     * faculty at P) must be at least this.
     */
    long supervisedUnits(int d, int s) {
        long units = 0;
        for (int r = 0; r < in.residents(); r++) {
            if (residentCode[r][2 * d + s] == 'C') {
                units += in.pgy[r] == 1 ? in.seniorPerFaculty : in.pgy1PerFaculty;
            }
        }
        return units;
    }

    long supervisingUnits(int d, int s) {
        long units = 0;
        for (int f = 0; f < in.faculty(); f++) {
            units += facultyCode[f][2 * d + s] == 'P' ? (long) in.pgy1PerFaculty * in.seniorPerFaculty : 0;
        }
        return units;
    }

    String residentDay(int r, int day) {
        return "" + residentCode[r][2 * day] + residentCode[r][2 * day + 1];
    }

    String facultyDay(int f, int day) {
        return "" + facultyCode[f][2 * day] + facultyCode[f][2 * day + 1];
    }

    ScheduleDocument toDocument() {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (int r = 0; r < in.residents(); r++) {
            List<String> row = new ArrayList<>(in.blocks);
            for (int b = 0; b < in.blocks; b++) {
                row.add(in.rotations[plan[r][b]].id());
            }
            blocks.put(in.residentIds[r], row);
        }
        for (int r = 0; r < in.residents(); r++) {
            List<String> row = new ArrayList<>(in.days);
            for (int d = 0; d < in.days; d++) {
                row.add(residentDay(r, d));
            }
            days.put(in.residentIds[r], row);
        }
        for (int f = 0; f < in.faculty(); f++) {
            List<String> row = new ArrayList<>(in.days);
            for (int d = 0; d < in.days; d++) {
                row.add(facultyDay(f, d));
            }
            days.put(in.facultyIds[f], row);
        }
        List<String> call = new ArrayList<>(in.days);
        for (int d = 0; d < in.days; d++) {
            call.add(rota[d] < 0 ? null : in.residentIds[rota[d]]);
        }
        return new ScheduleDocument(ScheduleDocument.FORMAT, in.name, blocks, days, call);
    }

    /**
     * Reads a stored schedule of this program (already shape-checked). Unknown rotation ids in the
     * block plan are not expected here: a repair starts from a schedule without block violations.
     */
    static Timeline of(Instance in, ScheduleDocument doc) {
        int[][] plan = new int[in.residents()][in.blocks];
        for (int r = 0; r < in.residents(); r++) {
            List<String> row = doc.blocks().get(in.residentIds[r]);
            for (int b = 0; b < in.blocks; b++) {
                Integer x = row.get(b) == null ? null : in.rotationIndex(row.get(b));
                if (x == null) {
                    throw new IllegalArgumentException(in.residentIds[r] + " block " + (b + 1)
                            + " has no known rotation; repair needs a schedule whose block plan is valid");
                }
                plan[r][b] = x;
            }
        }
        int[] rota = new int[in.days];
        Arrays.fill(rota, -1);
        for (int d = 0; d < in.days; d++) {
            String holder = doc.call().get(d);
            Integer r = holder == null ? null : in.residentIndex(holder);
            rota[d] = r == null ? -1 : r;
        }
        Timeline t = new Timeline(in, plan, rota);
        for (int r = 0; r < in.residents(); r++) {
            copyCodes(doc.days().get(in.residentIds[r]), t.residentCode[r]);
        }
        for (int f = 0; f < in.faculty(); f++) {
            copyCodes(doc.days().get(in.facultyIds[f]), t.facultyCode[f]);
        }
        return t;
    }

    private static void copyCodes(List<String> row, char[] into) {
        for (int d = 0; d < row.size(); d++) {
            into[2 * d] = row.get(d).charAt(0);
            into[2 * d + 1] = row.get(d).charAt(1);
        }
    }
}
