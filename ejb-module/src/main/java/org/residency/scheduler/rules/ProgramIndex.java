package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program as arrays. People are numbered residents first (0..residents-1), then faculty, in the
 * document's order; rotations in the document's order. Optional lists may be absent (null).
 */
public final class ProgramIndex {

    private static final int DEFAULT_PGY1_PER_FACULTY = 2;
    private static final int DEFAULT_SENIOR_PER_FACULTY = 4;

    final YearCalendar calendar;
    final String[] ids;
    final int residents;
    final int[] pgy;
    final int[] maxPrecept;
    final Map<String, Integer> personIndex = new HashMap<>();
    final RotationSpec[] rotations;
    final Map<String, Integer> rotationIndex = new HashMap<>();
    final Curriculum curriculum;
    final boolean[][] absent;
    final int[][] requests;
    /** Hours credited, in hundredths of an hour, so fractional hours (6.5) stay exact in integer sums. */
    final long halfDay;
    final long callNight;
    final int capacityPerSession;
    final int pgy1PerFaculty;
    final int seniorPerFaculty;
    private final ProgramDocument document;

    public ProgramIndex(ProgramDocument p) {
        this.document = p;
        this.calendar = new YearCalendar(LocalDate.parse(p.start()), p.blocks(), p.blockDays());
        this.residents = p.residents().size();
        this.ids = new String[residents + p.faculty().size()];
        this.pgy = new int[residents];
        this.maxPrecept = new int[p.faculty().size()];
        indexPeople(p);
        this.rotations = p.rotations().stream().map(RotationSpec::of).toArray(RotationSpec[]::new);
        for (int x = 0; x < rotations.length; x++) {
            rotationIndex.put(rotations[x].id(), x);
        }
        this.curriculum = new Curriculum(p.curriculum(), rotationIndex);
        this.absent = absences(orEmpty(p.absences()));
        this.requests = requests(orEmpty(p.requests()));
        this.halfDay = hundredths(p.hours().halfDay());
        this.callNight = hundredths(p.hours().callNight());
        this.capacityPerSession = p.clinic().capacityPerSession();
        ProgramDocument.Supervision s = p.supervision();
        this.pgy1PerFaculty = s == null ? DEFAULT_PGY1_PER_FACULTY : s.pgy1PerFaculty();
        this.seniorPerFaculty = s == null ? DEFAULT_SENIOR_PER_FACULTY : s.seniorPerFaculty();
    }

    private void indexPeople(ProgramDocument p) {
        for (int r = 0; r < residents; r++) {
            ids[r] = p.residents().get(r).id();
            pgy[r] = p.residents().get(r).pgy();
        }
        for (int f = 0; f < maxPrecept.length; f++) {
            ids[residents + f] = p.faculty().get(f).id();
            maxPrecept[f] = p.faculty().get(f).maxPreceptPerWeek();
        }
        for (int i = 0; i < ids.length; i++) {
            personIndex.put(ids[i], i);
        }
    }

    /** Absent days per person; absence days outside the year are ignored, as the checker does. */
    private boolean[][] absences(List<ProgramDocument.Absence> list) {
        boolean[][] table = new boolean[ids.length][calendar.days()];
        for (ProgramDocument.Absence a : list) {
            boolean[] row = table[personIndex.get(a.person())];
            int last = Math.min(calendar.dayOf(a.end()), calendar.days() - 1);
            for (int d = Math.max(calendar.dayOf(a.start()), 0); d <= last; d++) {
                row[d] = true;
            }
        }
        return table;
    }

    /** {person, day} per OFF request. */
    private int[][] requests(List<ProgramDocument.Request> list) {
        return list.stream()
                .map(q -> new int[]{personIndex.get(q.person()), calendar.dayOf(q.date())})
                .toArray(int[][]::new);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public YearCalendar calendar() {
        return calendar;
    }

    public int people() {
        return ids.length;
    }

    public int faculty() {
        return maxPrecept.length;
    }

    public boolean isResident(int person) {
        return person < residents;
    }

    public String id(int person) {
        return ids[person];
    }

    List<ProgramDocument.FixedAssignment> fixed() {
        return orEmpty(document.fixed());
    }

    private static long hundredths(java.math.BigDecimal hours) {
        return hours.setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
