package org.residency.scheduler.program.control;

import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Copies of a program document with one list changed: the candidate that an edit is checked against. */
public final class ProgramDocuments {

    private ProgramDocuments() {
    }

    public static ProgramDocument withResidents(ProgramDocument d, List<ProgramDocument.Resident> residents) {
        return new ProgramDocument(d.format(), d.name(), d.start(), d.blocks(), d.blockDays(), d.hours(), residents,
                d.faculty(), d.rotations(), d.curriculum(), d.fixed(), d.clinic(), d.absences(), d.requests(),
                d.supervision());
    }

    public static ProgramDocument withFaculty(ProgramDocument d, List<ProgramDocument.Faculty> faculty) {
        return new ProgramDocument(d.format(), d.name(), d.start(), d.blocks(), d.blockDays(), d.hours(),
                d.residents(), faculty, d.rotations(), d.curriculum(), d.fixed(), d.clinic(), d.absences(),
                d.requests(), d.supervision());
    }

    public static ProgramDocument withRotations(ProgramDocument d, List<ProgramDocument.Rotation> rotations) {
        return new ProgramDocument(d.format(), d.name(), d.start(), d.blocks(), d.blockDays(), d.hours(),
                d.residents(), d.faculty(), rotations, d.curriculum(), d.fixed(), d.clinic(), d.absences(),
                d.requests(), d.supervision());
    }

    public static ProgramDocument withAbsences(ProgramDocument d, List<ProgramDocument.Absence> absences) {
        return new ProgramDocument(d.format(), d.name(), d.start(), d.blocks(), d.blockDays(), d.hours(),
                d.residents(), d.faculty(), d.rotations(), d.curriculum(), d.fixed(), d.clinic(), absences,
                d.requests(), d.supervision());
    }

    /** The list with the item at {@code index} replaced, or removed when {@code item} is null. */
    public static <T> List<T> replaced(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        if (item == null) {
            copy.remove(index);
        } else {
            copy.set(index, item);
        }
        return copy;
    }

    public static <T> List<T> appended(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list == null ? List.of() : list);
        copy.add(item);
        return copy;
    }

    public static <T> int indexOf(List<T> list, Predicate<T> match) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
