package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.format.ProgramDocument;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A well-formed program as arrays, with the few derived facts every counting argument needs: which
 * rotations a resident may be on in a block (PGY, curriculum, fixed blocks) and who is absent when.
 * Residents, faculty and rotations are numbered in the document's order.
 */
final class ProgramFacts {

    /** The format's limits that the duty-hour arguments read. */
    static final int WINDOW = 28;
    static final int MAX_WINDOW_HOURS = 320;
    static final int MIN_FREE_DAYS = 4;
    static final int CALL_GAP = 3;

    final int blocks;
    final int blockDays;
    final int days;
    final String[] residents;
    final int[] pgy;
    final String[] faculty;
    final int[] maxPrecept;
    final List<ProgramDocument.Rotation> rotations;
    /** Curriculum by [pgy][rotation]: listed, minBlocks, maxBlocks (0..0 when not listed). */
    final boolean[][] listed = new boolean[4][];
    final int[][] minBlocks = new int[4][];
    final int[][] maxBlocks = new int[4][];
    /** Fixed rotation by [resident][block], -1 when free. Conflicting entries keep the first. */
    final int[][] fixed;
    final List<ProgramDocument.FixedAssignment> fixedEntries;
    final boolean[][] residentAbsent;
    final boolean[][] facultyAbsent;
    final BigDecimal halfDay;
    final BigDecimal callNight;
    final int capacityPerSession;
    final int pgy1PerFaculty;
    final int seniorPerFaculty;
    private final LocalDate start;
    private final boolean[] weekend;
    /** canTake by [resident][rotation], and the forced rotation by [resident][block] (-1: a choice). */
    private final boolean[][] takes;
    private final int[][] forced;

    ProgramFacts(ProgramDocument p) {
        blocks = p.blocks();
        blockDays = p.blockDays();
        days = blocks * blockDays;
        start = LocalDate.parse(p.start());
        weekend = new boolean[days];
        for (int d = 0; d < days; d++) {
            DayOfWeek day = start.plusDays(d).getDayOfWeek();
            weekend[d] = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        }
        residents = p.residents().stream().map(ProgramDocument.Resident::id).toArray(String[]::new);
        pgy = p.residents().stream().mapToInt(ProgramDocument.Resident::pgy).toArray();
        faculty = p.faculty().stream().map(ProgramDocument.Faculty::id).toArray(String[]::new);
        maxPrecept = p.faculty().stream().mapToInt(ProgramDocument.Faculty::maxPreceptPerWeek).toArray();
        rotations = List.copyOf(p.rotations());
        Map<String, Integer> rotationIndex = new HashMap<>();
        for (int x = 0; x < rotations.size(); x++) {
            rotationIndex.put(rotations.get(x).id(), x);
        }
        curriculum(p.curriculum(), rotationIndex);
        fixedEntries = p.fixed() == null ? List.of() : List.copyOf(p.fixed());
        fixed = fixedBlocks(rotationIndex);
        residentAbsent = absences(p, residents);
        facultyAbsent = absences(p, faculty);
        halfDay = p.hours().halfDay();
        callNight = p.hours().callNight();
        capacityPerSession = p.clinic().capacityPerSession();
        pgy1PerFaculty = p.supervision() == null ? 2 : p.supervision().pgy1PerFaculty();
        seniorPerFaculty = p.supervision() == null ? 4 : p.supervision().seniorPerFaculty();
        takes = new boolean[residents.length][rotations.size()];
        forced = new int[residents.length][blocks];
        for (int r = 0; r < residents.length; r++) {
            for (int x = 0; x < rotations.size(); x++) {
                takes[r][x] = rotations.get(x).pgy().contains(pgy[r]) && maxBlocks[pgy[r]][x] > 0;
            }
            int only = onlyChoice(r);
            for (int b = 0; b < blocks; b++) {
                forced[r][b] = fixed[r][b] >= 0 ? fixed[r][b] : only;
            }
        }
    }

    private int onlyChoice(int r) {
        int[] options = IntStream.range(0, rotations.size()).filter(x -> takes[r][x]).toArray();
        return options.length == 1 ? options[0] : -1;
    }

    private void curriculum(List<ProgramDocument.CurriculumEntry> entries, Map<String, Integer> rotationIndex) {
        for (int level = 1; level <= 3; level++) {
            listed[level] = new boolean[rotations.size()];
            minBlocks[level] = new int[rotations.size()];
            maxBlocks[level] = new int[rotations.size()];
        }
        for (ProgramDocument.CurriculumEntry e : entries) {
            int x = rotationIndex.get(e.rotation());
            listed[e.pgy()][x] = true;
            minBlocks[e.pgy()][x] = e.minBlocks();
            maxBlocks[e.pgy()][x] = e.maxBlocks();
        }
    }

    private int[][] fixedBlocks(Map<String, Integer> rotationIndex) {
        Map<String, Integer> residentIndex = new HashMap<>();
        for (int r = 0; r < residents.length; r++) {
            residentIndex.put(residents[r], r);
        }
        int[][] table = new int[residents.length][blocks];
        for (int[] row : table) {
            Arrays.fill(row, -1);
        }
        for (ProgramDocument.FixedAssignment f : fixedEntries) {
            int[] row = table[residentIndex.get(f.resident())];
            if (row[f.block() - 1] < 0) {
                row[f.block() - 1] = rotationIndex.get(f.rotation());
            }
        }
        return table;
    }

    private boolean[][] absences(ProgramDocument p, String[] ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        boolean[][] table = new boolean[ids.length][days];
        for (ProgramDocument.Absence a : p.absences() == null ? List.<ProgramDocument.Absence>of() : p.absences()) {
            Integer who = index.get(a.person());
            if (who != null) {
                int first = Math.max(0, dayOf(a.start()));
                int last = Math.min(days - 1, dayOf(a.end()));
                for (int d = first; d <= last; d++) {
                    table[who][d] = true;
                }
            }
        }
        return table;
    }

    private int dayOf(String iso) {
        return (int) (LocalDate.parse(iso).toEpochDay() - start.toEpochDay());
    }

    // ---- rotations a resident may hold

    /** Whether the rotation takes the resident's PGY and the curriculum allows it at least one block. */
    boolean canTake(int r, int x) {
        return takes[r][x];
    }

    /** Whether some valid schedule could put resident r on rotation x in block b. */
    boolean mayBeOn(int r, int b, int x) {
        return fixed[r][b] >= 0 ? fixed[r][b] == x : canTake(r, x);
    }

    /** The one rotation resident r can be on in block b, or -1 when there is a choice. */
    int forcedRotation(int r, int b) {
        return forced[r][b];
    }

    List<Integer> candidates(int b, int x) {
        return IntStream.range(0, residents.length).filter(r -> mayBeOn(r, b, x)).boxed().toList();
    }

    // ---- calendar

    boolean isWeekend(int d) {
        return weekend[d];
    }

    /** Whether session staffing applies to rotation x on day d. */
    boolean staffed(int x, int d) {
        ProgramDocument.Rotation rotation = rotations.get(x);
        return rotation.minPerSession() > 0 && (rotation.worksWeekends() || !weekend[d]);
    }

    int blockStart(int b) {
        return b * blockDays;
    }

    String date(int d) {
        return start.plusDays(d).toString();
    }

    /** The first day of each full 7-day week of block b, counted from the block's first day. */
    List<Integer> fullWeeks(int b) {
        List<Integer> out = new ArrayList<>();
        for (int w = blockStart(b); w + 7 <= blockStart(b) + blockDays; w += 7) {
            out.add(w);
        }
        return out;
    }

    boolean absentDuring(boolean[] row, int from, int to) {
        for (int d = from; d < to; d++) {
            if (row[d]) {
                return true;
            }
        }
        return false;
    }

    String rotationId(int x) {
        return rotations.get(x).id();
    }

    List<String> residentIds(List<Integer> list) {
        return list.stream().map(r -> residents[r]).toList();
    }

    /** ": R1, R2" to end a sentence that counts residents, or nothing for none. */
    String named(List<Integer> list) {
        return list.isEmpty() ? "" : ": " + String.join(", ", residentIds(list));
    }

    List<Integer> residentsOfPgy(int level) {
        return IntStream.range(0, residents.length).filter(r -> pgy[r] == level).boxed().toList();
    }
}
