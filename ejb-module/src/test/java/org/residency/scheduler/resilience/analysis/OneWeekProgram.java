package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-made program of one 7-day block from Monday 2026-07-06, with answers worked out by hand:
 * residents A (PGY-1, WARD), B (PGY-2, WARD), C (PGY-2, CLINIC), faculty F (4 precepting sessions a week).
 * WARD needs 1 resident every session, weekends too; CLINIC asks 4 clinic sessions a week.
 */
final class OneWeekProgram {

    static final String MONDAY = "2026-07-06";

    private final List<ProgramDocument.Absence> absences = new ArrayList<>();
    private int clinicMinPerSession;
    private List<String> residentA = List.of("CR", "RR", "CC", "RR", "RR", "OO", "RR");

    OneWeekProgram absent(String person, String from, String to) {
        absences.add(new ProgramDocument.Absence(person, from, to, "SICK"));
        return this;
    }

    OneWeekProgram clinicStaffed(int minPerSession) {
        clinicMinPerSession = minPerSession;
        return this;
    }

    OneWeekProgram residentADays(List<String> days) {
        residentA = days;
        return this;
    }

    ProgramDocument program() {
        return new ProgramDocument(ProgramDocument.FORMAT, "one week", MONDAY, 1, 7,
                new ProgramDocument.Hours(BigDecimal.valueOf(6), BigDecimal.valueOf(12)),
                List.of(new ProgramDocument.Resident("A", "A", 1), new ProgramDocument.Resident("B", "B", 2),
                        new ProgramDocument.Resident("C", "C", 2)),
                List.of(new ProgramDocument.Faculty("F", "F", 4)),
                List.of(new ProgramDocument.Rotation("WARD", "Ward", List.of(1, 2, 3), 0, 3, 1, true, 1, true),
                        new ProgramDocument.Rotation("CLINIC", "Clinic", List.of(1, 2, 3), 0, 3, clinicMinPerSession,
                                false, 4, false)),
                List.of(), List.of(), new ProgramDocument.Clinic(3), absences, List.of(),
                new ProgramDocument.Supervision(2, 4));
    }

    ScheduleDocument schedule() {
        return new ScheduleDocument(ScheduleDocument.FORMAT, "one week",
                Map.of("A", List.of("WARD"), "B", List.of("WARD"), "C", List.of("CLINIC")),
                Map.of("A", residentA,
                        "B", List.of("RR", "RR", "RR", "RR", "RR", "RR", "OO"),
                        "C", List.of("CR", "CR", "CR", "CR", "RR", "OO", "OO"),
                        "F", List.of("PO", "PO", "PP", "PO", "OO", "OO", "OO")),
                List.of("A", "B", "A", "B", "A", "B", "A"));
    }
}
