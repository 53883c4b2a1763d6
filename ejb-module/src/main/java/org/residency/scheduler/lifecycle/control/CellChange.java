package org.residency.scheduler.lifecycle.control;

/** A cell with its value before and after a change (a call night's value may be null: nobody on call). */
public record CellChange(Cell cell, String before, String after) {

    public CellChange reversed() {
        return new CellChange(cell, after, before);
    }

    @Override
    public String toString() {
        return cell + ": " + show(before) + " -> " + show(after);
    }

    private static String show(String value) {
        return value == null ? "nobody" : value;
    }
}
