package org.residency.scheduler.engine;

import org.residency.scheduler.format.ProgramDocument;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program in the arrays the models are built from: people, rotations and days by index.
 * The engine's own reading of the format, kept apart from the validator's on purpose.
 */
final class Instance {

    /** ACGME limits as the format encodes them (see ../shared/ACGME.md). */
    static final int WINDOW = 28;
    static final int MIN_FREE_DAYS = 4;
    static final int CALL_GAP = 3;
    /** 80 hours x 4 weeks, in hundredths of an hour. */
    static final long MAX_WINDOW_HOURS = 320_00;

    record Rotation(String id, boolean[] allowsPgy, int minResidents, int maxResidents, int perSession,
                    boolean worksWeekends, int clinicPerWeek, boolean callPool) {
    }

    /** A 7-day chunk of a block (the last one shorter when blockDays is not a multiple of 7). */
    record Week(int block, int first, int end) {
        boolean full() {
            return end - first == 7;
        }
    }

    /** A day-off wish: {@code resident} true for a resident index, false for a faculty index. */
    record Request(boolean resident, int person, int day) {
    }

    final String name;
    final LocalDate start;
    final int blocks;
    final int blockDays;
    final int days;
    final boolean[] weekend;
    final boolean[] fridayOrSaturday;
    final long halfDayHours;
    final long callNightHours;

    final String[] residentIds;
    final int[] pgy;
    final String[] facultyIds;
    final int[] preceptCap;

    final Rotation[] rotations;
    /** curriculum[pgy][rotation] = {minBlocks, maxBlocks}; {0, 0} when not listed. */
    final int[][][] curriculum;
    /** fixedRotation[resident][block] = rotation index or -1. */
    final int[][] fixedRotation;
    final int clinicCapacity;
    final int pgy1PerFaculty;
    final int seniorPerFaculty;
    final boolean[][] residentAbsent;
    final boolean[][] facultyAbsent;
    final List<Request> requests;
    final List<Week> weeks;
    /** week index of every day. */
    final int[] weekOf;

    private final Map<String, Integer> residentIndex = new HashMap<>();
    private final Map<String, Integer> facultyIndex = new HashMap<>();
    private final Map<String, Integer> rotationIndex = new HashMap<>();

    Instance(ProgramDocument p) {
        name = p.name();
        start = LocalDate.parse(p.start());
        blocks = p.blocks();
        blockDays = p.blockDays();
        days = blocks * blockDays;
        weekend = new boolean[days];
        fridayOrSaturday = new boolean[days];
        for (int d = 0; d < days; d++) {
            DayOfWeek dow = start.plusDays(d).getDayOfWeek();
            weekend[d] = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            fridayOrSaturday[d] = dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY;
        }
        halfDayHours = hundredths(p.hours().halfDay());
        callNightHours = hundredths(p.hours().callNight());

        int nr = p.residents().size();
        residentIds = new String[nr];
        pgy = new int[nr];
        for (int r = 0; r < nr; r++) {
            residentIds[r] = p.residents().get(r).id();
            pgy[r] = p.residents().get(r).pgy();
            residentIndex.put(residentIds[r], r);
        }
        int nf = p.faculty().size();
        facultyIds = new String[nf];
        preceptCap = new int[nf];
        for (int f = 0; f < nf; f++) {
            facultyIds[f] = p.faculty().get(f).id();
            preceptCap[f] = p.faculty().get(f).maxPreceptPerWeek();
            facultyIndex.put(facultyIds[f], f);
        }

        rotations = new Rotation[p.rotations().size()];
        for (int x = 0; x < rotations.length; x++) {
            ProgramDocument.Rotation rot = p.rotations().get(x);
            boolean[] allows = new boolean[4];
            rot.pgy().forEach(level -> allows[level] = true);
            rotations[x] = new Rotation(rot.id(), allows, rot.minResidents(), rot.maxResidents(),
                    rot.minPerSession(), rot.worksWeekends(), rot.clinicPerWeek(), rot.callPool());
            rotationIndex.put(rot.id(), x);
        }
        curriculum = new int[4][rotations.length][2];
        for (ProgramDocument.CurriculumEntry c : p.curriculum()) {
            curriculum[c.pgy()][rotationIndex.get(c.rotation())] = new int[] {c.minBlocks(), c.maxBlocks()};
        }
        fixedRotation = new int[nr][blocks];
        for (int[] row : fixedRotation) {
            java.util.Arrays.fill(row, -1);
        }
        if (p.fixed() != null) {
            for (ProgramDocument.FixedAssignment fx : p.fixed()) {
                fixedRotation[residentIndex.get(fx.resident())][fx.block() - 1] = rotationIndex.get(fx.rotation());
            }
        }
        clinicCapacity = p.clinic().capacityPerSession();
        ProgramDocument.Supervision sup = p.supervision();
        pgy1PerFaculty = sup == null ? 2 : sup.pgy1PerFaculty();
        seniorPerFaculty = sup == null ? 4 : sup.seniorPerFaculty();

        residentAbsent = new boolean[nr][days];
        facultyAbsent = new boolean[nf][days];
        if (p.absences() != null) {
            for (ProgramDocument.Absence a : p.absences()) {
                boolean[] row = residentIndex.containsKey(a.person())
                        ? residentAbsent[residentIndex.get(a.person())]
                        : facultyAbsent[facultyIndex.get(a.person())];
                int first = Math.max(0, dayOf(a.start()));
                int last = Math.min(days - 1, dayOf(a.end()));
                for (int d = first; d <= last; d++) {
                    row[d] = true;
                }
            }
        }
        List<Request> wishes = new ArrayList<>();
        if (p.requests() != null) {
            for (ProgramDocument.Request q : p.requests()) {
                boolean isResident = residentIndex.containsKey(q.person());
                int who = isResident ? residentIndex.get(q.person()) : facultyIndex.get(q.person());
                wishes.add(new Request(isResident, who, dayOf(q.date())));
            }
        }
        requests = List.copyOf(wishes);

        List<Week> chunks = new ArrayList<>();
        weekOf = new int[days];
        for (int b = 0; b < blocks; b++) {
            for (int w0 = b * blockDays; w0 < (b + 1) * blockDays; w0 += 7) {
                int end = Math.min(w0 + 7, (b + 1) * blockDays);
                for (int d = w0; d < end; d++) {
                    weekOf[d] = chunks.size();
                }
                chunks.add(new Week(b, w0, end));
            }
        }
        weeks = List.copyOf(chunks);
    }

    private static long hundredths(BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    }

    int dayOf(String isoDate) {
        return (int) ChronoUnit.DAYS.between(start, LocalDate.parse(isoDate));
    }

    String date(int day) {
        return start.plusDays(day).toString();
    }

    int residents() {
        return residentIds.length;
    }

    int faculty() {
        return facultyIds.length;
    }

    int blockOf(int day) {
        return day / blockDays;
    }

    int firstDay(int block) {
        return block * blockDays;
    }

    /** Whether rotation x may be planned for resident r at all (PGY allowed and in the curriculum). */
    boolean eligible(int r, int x) {
        return rotations[x].allowsPgy[pgy[r]] && curriculum[pgy[r]][x][1] > 0;
    }

    /** Whether a rotation's residents must be staffed (minPerSession) on this day. */
    boolean staffedOn(int x, int day) {
        Rotation rot = rotations[x];
        return rot.perSession > 0 && (rot.worksWeekends || !weekend[day]);
    }

    /** Whether resident r, on {@code plan}'s rotations, may hold call on night d (pool, present, working that day). */
    boolean canCall(int[][] plan, int r, int d) {
        Rotation rot = rotations[plan[r][blockOf(d)]];
        return rot.callPool() && !residentAbsent[r][d] && (rot.worksWeekends() || !weekend[d]);
    }

    Integer residentIndex(String id) {
        return residentIndex.get(id);
    }

    Integer facultyIndex(String id) {
        return facultyIndex.get(id);
    }

    Integer rotationIndex(String id) {
        return rotationIndex.get(id);
    }
}
