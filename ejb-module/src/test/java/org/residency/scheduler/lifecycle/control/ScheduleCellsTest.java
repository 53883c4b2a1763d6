package org.residency.scheduler.lifecycle.control;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.lifecycle.entity.SwapKind;
import org.residency.scheduler.rules.Violation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cells, changes, swaps and violation differences on a four-day schedule of two residents and one faculty. */
class ScheduleCellsTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static ScheduleDocument schedule() {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        blocks.put("R1", List.of("INPATIENT"));
        blocks.put("R2", List.of("CLINIC"));
        Map<String, List<String>> days = new LinkedHashMap<>();
        days.put("R1", List.of("RR", "OO", "RR", "RC"));
        days.put("R2", List.of("CR", "RR", "OO", "RR"));
        days.put("F1", List.of("PO", "PP", "OO", "OP"));
        return new ScheduleDocument(ScheduleDocument.FORMAT, "P", blocks, days, Arrays.asList("R1", "R2", null, "R1"));
    }

    private final ScheduleCells cells = new ScheduleCells(schedule(), START);

    @Test
    void readsAndChangesOneCellWithoutTouchingTheOriginal() {
        CellChange change = cells.change(Cell.pm("R1", START.plusDays(3)), "O");
        assertEquals(new CellChange(Cell.pm("R1", START.plusDays(3)), "C", "O"), change);
        ScheduleDocument after = cells.with(List.of(change));
        assertEquals("RO", after.days().get("R1").get(3));
        assertEquals("RC", schedule().days().get("R1").get(3));
        assertEquals("RC", cells.document().days().get("R1").get(3), "the original is untouched");
        assertEquals(1, ScheduleCells.changedCells(cells.document(), after));
        assertTrue(new ScheduleCells(after, START).holds(List.of(change)));
        assertFalse(cells.holds(List.of(change)));
    }

    @Test
    void callNightsGoToAResidentOrNobody() {
        CellChange nobody = cells.change(Cell.call(START), null);
        assertEquals("R1", nobody.before());
        ScheduleDocument after = cells.with(List.of(nobody, cells.change(Cell.call(START.plusDays(2)), "R2")));
        assertEquals(Arrays.asList(null, "R2", "R2", "R1"), after.call());
        assertEquals(2, ScheduleCells.changedCells(cells.document(), after));
    }

    @Test
    void badPlacesAndCodesAre422() {
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.am("R1", START.minusDays(1)), "O"));
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.am("R1", START.plusDays(4)), "O"));
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.am("R9", START), "O"));
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.am("R1", START), "P"), "P is faculty's");
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.am("F1", START), "R"), "R is residents'");
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.am("R1", START), null));
        assertThrows(InvalidDocumentException.class, () -> cells.change(Cell.call(START), "F1"), "faculty take no call");
    }

    @Test
    void aDaySwapExchangesBothSessionsOfThatDay() {
        List<CellChange> changes = SwapCells.of(cells, SwapKind.DAY, START.plusDays(1), "R1", "R2");
        ScheduleDocument after = cells.with(changes);
        assertEquals("RR", after.days().get("R1").get(1));
        assertEquals("OO", after.days().get("R2").get(1));
        assertEquals(schedule().call(), after.call());
        assertEquals(4, changes.size());
    }

    @Test
    void aCallSwapMovesTheCallWithItsCallDayAndPostCallDay() {
        List<CellChange> changes = SwapCells.of(cells, SwapKind.CALL, START, "R1", "R2");
        ScheduleDocument after = cells.with(changes);
        assertEquals("R2", after.call().get(0));
        assertEquals(List.of("CR", "RR", "RR", "RC"), after.days().get("R1"));
        assertEquals(List.of("RR", "OO", "OO", "RR"), after.days().get("R2"));
        // Undone by its reverse.
        ScheduleDocument back = new ScheduleCells(after, START).with(changes.stream().map(CellChange::reversed).toList());
        assertEquals(schedule(), back);
    }

    @Test
    void aCallSwapOfSomeoneNotOnCallIsAConflict() {
        assertThrows(ConflictException.class, () -> SwapCells.of(cells, SwapKind.CALL, START.plusDays(1), "R1", "R2"));
    }

    @Test
    void aCallSwapOnTheLastNightHasNoPostCallDayToMove() {
        List<CellChange> changes = SwapCells.of(cells, SwapKind.CALL, START.plusDays(3), "R1", "R2");
        assertEquals("R2", cells.with(changes).call().get(3));
        assertTrue(changes.stream().allMatch(c -> c.cell().date().equals(START.plusDays(3))));
    }

    @Test
    void violationDiffCountsRepeatsAsNew() {
        Violation a = new Violation("post-call", "R1", "2027-01-05", "2027-01-05", "works", null);
        Violation b = new Violation("call-coverage", null, "2027-01-06", "2027-01-06", "nobody", null);
        ViolationDiff diff = ViolationDiff.between(List.of(a, b), List.of(a, a));
        assertEquals(List.of(a), diff.introduced());
        assertEquals(List.of(b), diff.resolved());
        assertTrue(diff.breaksRules());
        assertFalse(ViolationDiff.between(List.of(a), List.of()).breaksRules());
    }
}
