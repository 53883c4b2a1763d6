package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ProgramDocument.Absence;
import org.residency.scheduler.format.ProgramDocument.Request;
import org.residency.scheduler.format.ProgramDocument.Rotation;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-sized program for rule tests: one 28-day block from Monday 2026-07-06, residents R1..Rn (PGY-1)
 * on WARD (call pool, works weekends, no clinic), faculty F1..Fm, and a valid schedule in which the
 * residents take call in turn (call day RR, then two OO days). Tests edit the schedule's lists.
 */
final class TinyProgram {

    static final LocalDate START = LocalDate.of(2026, 7, 6);
    static final int DAYS = 28;

    final List<Rotation> rotations = new ArrayList<>(List.of(
            new Rotation("WARD", "Ward", List.of(1, 2, 3), 0, 10, 0, true, 0, true)));
    final List<Absence> absences = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    final int residents;
    final int faculty;
    final Map<String, List<String>> blocks = new LinkedHashMap<>();
    final Map<String, List<String>> days = new LinkedHashMap<>();
    final List<String> call = new ArrayList<>();

    TinyProgram(int residents, int faculty) {
        this.residents = residents;
        this.faculty = faculty;
        for (int r = 1; r <= residents; r++) {
            blocks.put("R" + r, new ArrayList<>(List.of("WARD")));
            List<String> row = new ArrayList<>();
            for (int d = 0; d < DAYS; d++) {
                row.add((d - (r - 1)) % residents == 0 ? "RR" : "OO");
            }
            days.put("R" + r, row);
        }
        for (int f = 1; f <= faculty; f++) {
            days.put("F" + f, new ArrayList<>(java.util.Collections.nCopies(DAYS, "OO")));
        }
        for (int d = 0; d < DAYS; d++) {
            call.add("R" + (d % residents + 1));
        }
    }

    static String date(int day) {
        return START.plusDays(day).toString();
    }

    void setDay(String person, int day, String codes) {
        days.get(person).set(day, codes);
    }

    ProgramDocument program() {
        List<ProgramDocument.Resident> rs = new ArrayList<>();
        for (int r = 1; r <= residents; r++) {
            rs.add(new ProgramDocument.Resident("R" + r, "Resident " + r, 1));
        }
        List<ProgramDocument.Faculty> fs = new ArrayList<>();
        for (int f = 1; f <= faculty; f++) {
            fs.add(new ProgramDocument.Faculty("F" + f, "Dr. " + f, 4));
        }
        List<ProgramDocument.CurriculumEntry> curriculum = rotations.stream()
                .map(x -> new ProgramDocument.CurriculumEntry(1, x.id(), 0, 1)).toList();
        return new ProgramDocument(ProgramDocument.FORMAT, "tiny", START.toString(), 1, DAYS,
                new ProgramDocument.Hours(java.math.BigDecimal.valueOf(6), java.math.BigDecimal.valueOf(12)), rs, fs, rotations, curriculum, List.of(),
                new ProgramDocument.Clinic(10), absences, requests, null);
    }

    ScheduleDocument schedule() {
        return new ScheduleDocument(ScheduleDocument.FORMAT, "tiny", blocks, days, call);
    }

    ValidationReport validate() {
        return new ScheduleValidator().validate(program(), schedule());
    }
}
