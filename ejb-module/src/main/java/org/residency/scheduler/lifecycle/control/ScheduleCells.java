package org.residency.scheduler.lifecycle.control;

import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and changes cells of a schedule document of a year starting on {@code start}. Changing never
 * touches the given document: it returns a copy, so the validator can judge before and after.
 */
public final class ScheduleCells {

    private static final Set<String> RESIDENT_CODES = Set.of("R", "C", "O", "A");
    private static final Set<String> FACULTY_CODES = Set.of("P", "O", "A");

    private final ScheduleDocument document;
    private final LocalDate start;

    public ScheduleCells(ScheduleDocument document, LocalDate start) {
        this.document = document;
        this.start = start;
    }

    public ScheduleDocument document() {
        return document;
    }

    /** The day's index in the year; 422 naming {@code field} when the date lies outside it. */
    public int dayIndex(LocalDate date, String field) {
        if (!inYear(date)) {
            throw invalid(field, date + " is outside the schedule's year " + start + " .. "
                    + start.plusDays(document.call().size() - 1L));
        }
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    public boolean inYear(LocalDate date) {
        long index = ChronoUnit.DAYS.between(start, date);
        return index >= 0 && index < document.call().size();
    }

    public String value(Cell cell) {
        int day = dayIndex(cell.date(), "date");
        if (cell.part() == Cell.Part.CALL) {
            return document.call().get(day);
        }
        String codes = row(cell.person()).get(day);
        return cell.part() == Cell.Part.AM ? codes.substring(0, 1) : codes.substring(1, 2);
    }

    /** The change of one cell to {@code after}, checked: a known person and date, a code their role may hold. */
    public CellChange change(Cell cell, String after) {
        if (cell.part() == Cell.Part.CALL) {
            if (after != null && !isResident(after)) {
                throw invalid("resident", after + " is not a resident of this schedule");
            }
        } else {
            boolean resident = isResident(cell.person());
            Set<String> allowed = resident ? RESIDENT_CODES : FACULTY_CODES;
            row(cell.person());
            if (after == null || !allowed.contains(after)) {
                throw invalid("code", "a " + (resident ? "resident" : "faculty member") + "'s session is one of "
                        + String.join(" ", allowed.stream().sorted().toList()) + ", not " + after);
            }
        }
        return new CellChange(cell, value(cell), after);
    }

    /** A copy of the document with the changes applied (their {@code after} values). */
    public ScheduleDocument with(List<CellChange> changes) {
        Map<String, List<String>> days = new LinkedHashMap<>(document.days());
        List<String> call = new ArrayList<>(document.call());
        for (CellChange c : changes) {
            int day = dayIndex(c.cell().date(), "date");
            if (c.cell().part() == Cell.Part.CALL) {
                call.set(day, c.after());
            } else {
                List<String> row = new ArrayList<>(days.get(c.cell().person()));
                String codes = row.get(day);
                row.set(day, c.cell().part() == Cell.Part.AM ? c.after() + codes.charAt(1) : codes.charAt(0) + c.after());
                days.put(c.cell().person(), row);
            }
        }
        return new ScheduleDocument(document.format(), document.program(), document.blocks(), days, call);
    }

    /** Whether every cell still holds the value it had after these changes (nothing changed them since). */
    public boolean holds(List<CellChange> changes) {
        return changes.stream().allMatch(c -> Objects.equals(value(c.cell()), c.after()));
    }

    /**
     * Cells in which two schedules of one program differ: one per block assignment, per AM or PM session and
     * per call night. A person only one of them has counts each of their cells.
     */
    public static int changedCells(ScheduleDocument a, ScheduleDocument b) {
        int changed = 0;
        changed += differingEntries(a.blocks(), b.blocks(), 1);
        for (String person : union(a.days().keySet(), b.days().keySet())) {
            List<String> x = a.days().get(person);
            List<String> y = b.days().get(person);
            if (x == null || y == null) {
                changed += 2 * (x == null ? y : x).size();
                continue;
            }
            for (int d = 0; d < Math.min(x.size(), y.size()); d++) {
                changed += (x.get(d).charAt(0) != y.get(d).charAt(0) ? 1 : 0) + (x.get(d).charAt(1) != y.get(d).charAt(1) ? 1 : 0);
            }
            changed += 2 * Math.abs(x.size() - y.size());
        }
        for (int n = 0; n < Math.max(a.call().size(), b.call().size()); n++) {
            String x = n < a.call().size() ? a.call().get(n) : null;
            String y = n < b.call().size() ? b.call().get(n) : null;
            changed += Objects.equals(x, y) ? 0 : 1;
        }
        return changed;
    }

    private static int differingEntries(Map<String, List<String>> a, Map<String, List<String>> b, int weight) {
        int changed = 0;
        for (String key : union(a.keySet(), b.keySet())) {
            List<String> x = a.getOrDefault(key, List.of());
            List<String> y = b.getOrDefault(key, List.of());
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                changed += Objects.equals(i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null) ? 0 : weight;
            }
        }
        return changed;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    public boolean isResident(String person) {
        return document.blocks().containsKey(person);
    }

    public boolean hasPerson(String person) {
        return person != null && document.days().containsKey(person);
    }

    private List<String> row(String person) {
        List<String> row = person == null ? null : document.days().get(person);
        if (row == null) {
            throw invalid("person", "no person " + person + " in this schedule");
        }
        return row;
    }

    static InvalidDocumentException invalid(String field, String message) {
        return new InvalidDocumentException(List.of(new FieldError(field, message)));
    }
}
