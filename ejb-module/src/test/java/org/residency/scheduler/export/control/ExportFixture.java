package org.residency.scheduler.export.control;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made schedule for export tests: two blocks of 7 days from a given start, residents R1 (PGY-1,
 * WARD then CLIN) and R2 (PGY-2, CLIN then WARD), faculty F1, 6-hour sessions and 12-hour call nights.
 * R1: call on day 0 (RR, then OO post-call), RC on day 2, CR on day 3; R2: absent (VACATION) days 9-10,
 * call on day 5; F1 precepts the AM of day 2. Every other session is R for residents, O for faculty.
 * Exports do not validate, so the schedule need not satisfy the rules.
 */
final class ExportFixture {

    static final int DAYS = 14;

    final LocalDate start;
    final Map<String, List<String>> days = new LinkedHashMap<>();
    final List<String> call = new ArrayList<>(Collections.nCopies(DAYS, null));

    ExportFixture(LocalDate start) {
        this.start = start;
        days.put("R1", new ArrayList<>(Collections.nCopies(DAYS, "RR")));
        days.put("R2", new ArrayList<>(Collections.nCopies(DAYS, "RR")));
        days.put("F1", new ArrayList<>(Collections.nCopies(DAYS, "OO")));
        days.get("R1").set(1, "OO");
        days.get("R1").set(2, "RC");
        days.get("R1").set(3, "CR");
        days.get("R2").set(9, "AA");
        days.get("R2").set(10, "AA");
        days.get("R2").set(6, "OO");
        days.get("F1").set(2, "PO");
        call.set(0, "R1");
        call.set(5, "R2");
    }

    ExportFixture() {
        this(LocalDate.of(2026, 7, 6));
    }

    ProgramDocument program() {
        return new ProgramDocument(ProgramDocument.FORMAT, "Export test", start.toString(), 2, 7,
                new ProgramDocument.Hours(new BigDecimal("6"), new BigDecimal("12")),
                List.of(new ProgramDocument.Resident("R1", "Ana Alvarez", 1),
                        new ProgramDocument.Resident("R2", "Ben Brown", 2)),
                List.of(new ProgramDocument.Faculty("F1", "Dr Cole", 4)),
                List.of(new ProgramDocument.Rotation("WARD", "Inpatient ward", List.of(1, 2, 3), 0, 2, 0, true, 0, true),
                        new ProgramDocument.Rotation("CLIN", "Ambulatory", List.of(1, 2, 3), 0, 2, 0, true, 2, false)),
                List.of(), List.of(), new ProgramDocument.Clinic(4),
                List.of(new ProgramDocument.Absence("R2", start.plusDays(9).toString(), start.plusDays(10).toString(),
                        "VACATION")),
                List.of(), null);
    }

    ScheduleDocument schedule() {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        blocks.put("R1", List.of("WARD", "CLIN"));
        blocks.put("R2", List.of("CLIN", "WARD"));
        return new ScheduleDocument(ScheduleDocument.FORMAT, "Export test", blocks, days, call);
    }

    SchedulePlan plan() {
        return new SchedulePlan(program(), schedule());
    }
}
