package org.residency.scheduler.generation.boundary;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ProgramDocument.Absence;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SolveResultsTest {

    private static final ProgramDocument SMALL = Fixtures.program(Fixtures.example("small.json"));

    @Test
    void onlyTheAbsencesTheRepairAddedAreNew() {
        Absence added = new Absence("R2", "2026-07-27", "2026-08-02", "SICK");
        List<Absence> after = new ArrayList<>(SMALL.absences());
        after.add(1, added);
        assertEquals(List.of(added), SolveResults.added(SMALL, with(after)));
        assertEquals(List.of(), SolveResults.added(SMALL, SMALL));
    }

    @Test
    void aRepeatedAbsenceCountsEachTime() {
        List<Absence> after = new ArrayList<>(SMALL.absences());
        after.add(SMALL.absences().get(0));
        assertEquals(List.of(SMALL.absences().get(0)), SolveResults.added(SMALL, with(after)));
    }

    private static ProgramDocument with(List<Absence> absences) {
        ProgramDocument p = SMALL;
        return new ProgramDocument(p.format(), p.name(), p.start(), p.blocks(), p.blockDays(), p.hours(), p.residents(),
                p.faculty(), p.rotations(), p.curriculum(), p.fixed(), p.clinic(), absences, p.requests(), p.supervision());
    }
}
