package org.residency.scheduler.export.control;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored schedule read together with its program, as exports need it: dates instead of day numbers,
 * rotation names instead of ids, people in the format's order (residents, then faculty). Both documents
 * come from storage, where they were checked against each other; people the schedule has no rows for
 * (added to the program later) are left out.
 */
public final class SchedulePlan {

    /** A resident ({@code pgy} 1..3) or a faculty member ({@code pgy} null). */
    public record Person(String id, String name, Integer pgy) {
        public boolean isResident() {
            return pgy != null;
        }

        public String label() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    private final ProgramDocument program;
    private final ScheduleDocument schedule;
    private final LocalDate start;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, String> rotationNames = new HashMap<>();

    public SchedulePlan(ProgramDocument program, ScheduleDocument schedule) {
        this.program = program;
        this.schedule = schedule;
        this.start = LocalDate.parse(program.start());
        for (ProgramDocument.Resident r : list(program.residents())) {
            if (schedule.days().containsKey(r.id())) {
                people.add(new Person(r.id(), r.name(), r.pgy()));
            }
        }
        for (ProgramDocument.Faculty f : list(program.faculty())) {
            if (schedule.days().containsKey(f.id())) {
                people.add(new Person(f.id(), f.name(), null));
            }
        }
        list(program.rotations()).forEach(r -> rotationNames.put(r.id(), r.name() == null ? r.id() : r.name()));
    }

    public String programName() {
        return program.name() == null ? "Residency program" : program.name();
    }

    public ProgramDocument.Hours hours() {
        return program.hours();
    }

    public int days() {
        return program.blocks() * program.blockDays();
    }

    public int blocks() {
        return program.blocks();
    }

    /** 0-based day numbers of block {@code block} (1-based, as the format and the REST API count). */
    public int firstDay(int block) {
        return (block - 1) * program.blockDays();
    }

    public int lastDay(int block) {
        return block * program.blockDays() - 1;
    }

    /** The 1-based block of a 0-based day. */
    public int blockOf(int day) {
        return day / program.blockDays() + 1;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    public List<Person> people() {
        return List.copyOf(people);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The day's two session codes ("RC": AM on the rotation, PM in clinic). */
    public String codes(String person, int day) {
        return schedule.days().get(person).get(day);
    }

    /** The rotation id of a resident in a 1-based block; null for faculty. */
    public String rotation(String resident, int block) {
        List<String> row = schedule.blocks().get(resident);
        return row == null ? null : row.get(block - 1);
    }

    public String rotationName(String rotationId) {
        return rotationId == null ? "" : rotationNames.getOrDefault(rotationId, rotationId);
    }

    /** Who holds in-house call on the night of a 0-based day, null for nobody. */
    public String onCall(int night) {
        return schedule.call().get(night);
    }

    /** The kind of the program's absence covering that person's date ("vacation"), if one does. */
    public Optional<String> absenceKind(String person, LocalDate date) {
        return list(program.absences()).stream()
                .filter(a -> person.equals(a.person()) && !date.isBefore(LocalDate.parse(a.start()))
                        && !date.isAfter(LocalDate.parse(a.end())))
                .map(ProgramDocument.Absence::kind).filter(k -> k != null && !k.isBlank()).findFirst();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
