package org.residency.scheduler.lifecycle.control;

import java.time.LocalDate;

/**
 * One editable place of a schedule: a person's AM or PM session on a date, or the call night of a date
 * ({@code person} null). Its value is a session code, or for a call night the resident's id (null: nobody).
 */
public record Cell(Part part, String person, LocalDate date) {

    public enum Part { AM, PM, CALL }

    public static Cell am(String person, LocalDate date) {
        return new Cell(Part.AM, person, date);
    }

    public static Cell pm(String person, LocalDate date) {
        return new Cell(Part.PM, person, date);
    }

    public static Cell call(LocalDate date) {
        return new Cell(Part.CALL, null, date);
    }

    @Override
    public String toString() {
        return part == Part.CALL ? "call " + date : person + " " + date + " " + part;
    }
}
