package org.residency.scheduler.lifecycle.control;

import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.format.FieldError;

import org.residency.scheduler.lifecycle.entity.SwapKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cells a swap changes. A day swap exchanges the two residents' AM and PM sessions of that date. A call
 * swap moves the call night to the acceptor and exchanges their sessions of that day and the next: the
 * call day (worked on the rotation) and the post-call day (free) travel with the call.
 */
public final class SwapCells {

    private SwapCells() {
    }

    public static List<CellChange> of(ScheduleCells cells, SwapKind kind, LocalDate date, String offeredBy,
                                      String acceptedBy) {
        requireOffererHolds(cells, kind, date, offeredBy);
        List<CellChange> changes = new ArrayList<>();
        if (kind == SwapKind.CALL) {
            changes.add(cells.change(Cell.call(date), acceptedBy));
        }
        exchangeDay(cells, date, offeredBy, acceptedBy, changes);
        LocalDate next = date.plusDays(1);
        if (kind == SwapKind.CALL && cells.inYear(next)) {
            exchangeDay(cells, next, offeredBy, acceptedBy, changes);
        }
        return changes.stream().filter(c -> !Objects.equals(c.before(), c.after())).toList();
    }

    /** 409 when the schedule no longer has the offered call with the offerer (someone changed it since). */
    public static void requireOffererHolds(ScheduleCells cells, SwapKind kind, LocalDate date, String offeredBy) {
        if (kind == SwapKind.CALL && !offeredBy.equals(cells.value(Cell.call(date)))) {
            String message = offeredBy + " is not on call on " + date + " in the published schedule";
            throw new ConflictException(message, List.of(new FieldError("date", message)));
        }
    }

    private static void exchangeDay(ScheduleCells cells, LocalDate date, String a, String b, List<CellChange> out) {
        for (Cell.Part part : List.of(Cell.Part.AM, Cell.Part.PM)) {
            Cell ofA = new Cell(part, a, date);
            Cell ofB = new Cell(part, b, date);
            String valueOfA = cells.value(ofA);
            String valueOfB = cells.value(ofB);
            out.add(new CellChange(ofA, valueOfA, valueOfB));
            out.add(new CellChange(ofB, valueOfB, valueOfA));
        }
    }
}
