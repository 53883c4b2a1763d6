package org.residency.scheduler.ui.grid;

/**
 * Which rows the grid shows: a PGY level, one person, residents on one rotation (in any shown block).
 * Each is null for "all"; with a PGY or rotation filter faculty rows are left out.
 */
public record GridFilter(Integer pgy, String person, String rotation) {

    public static final GridFilter ALL = new GridFilter(null, null, null);

    boolean showsFaculty() {
        return pgy == null && rotation == null;
    }
}
