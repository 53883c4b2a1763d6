package org.residency.scheduler.absences.control;

import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramDocument;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place that says whether a requested absence fits its program: a person of the program, ISO
 * dates inside the program's year with the end not before the start, a kind, and no overlap with an
 * absence the program already has for that person (every stored absence is an approved one).
 */
public final class AbsenceRequestChecks {

    static final int MAX_KIND = 64;
    static final int MAX_NOTE = 2000;

    private AbsenceRequestChecks() {
    }

    /** Every problem with the request, each naming its field; empty when it may be stored. */
    public static List<FieldError> check(ProgramDocument program, String person, String start, String end,
                                         String kind, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (person == null || person.isBlank()) {
            errors.add(new FieldError("person", "is missing (the id of a resident or faculty member)"));
        } else if (!isPerson(program, person)) {
            errors.add(new FieldError("person", "'" + person + "' is not a resident or faculty member of this program"));
        }
        Year year = Year.of(program);
        Optional<LocalDate> from = year.date(start, "start", errors);
        Optional<LocalDate> to = year.date(end, "end", errors);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add(new FieldError("end", "is before the start (" + from.get() + ")"));
        }
        if (kind == null || kind.isBlank()) {
            errors.add(new FieldError("kind", "is missing (e.g. vacation, conference, sick)"));
        } else if (kind.length() > MAX_KIND) {
            errors.add(new FieldError("kind", "is longer than " + MAX_KIND + " characters"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "is longer than " + MAX_NOTE + " characters"));
        }
        if (errors.isEmpty()) {
            overlap(program, person, from.get(), to.get()).ifPresent(errors::add);
        }
        return errors;
    }

    /** The program's absence of the same person that shares a day with start .. end, as an error on start. */
    public static Optional<FieldError> overlap(ProgramDocument program, String person, LocalDate start, LocalDate end) {
        List<ProgramDocument.Absence> absences = program.absences() == null ? List.of() : program.absences();
        return absences.stream()
                .filter(a -> person.equals(a.person()))
                .filter(a -> !LocalDate.parse(a.start()).isAfter(end) && !LocalDate.parse(a.end()).isBefore(start))
                .findFirst()
                .map(a -> new FieldError("start", "overlaps the approved absence of " + person + " from " + a.start()
                        + " to " + a.end() + (a.kind() == null ? "" : " (" + a.kind() + ")")));
    }

    private static boolean isPerson(ProgramDocument program, String id) {
        return Stream.concat(program.residents().stream().map(ProgramDocument.Resident::id),
                program.faculty().stream().map(ProgramDocument.Faculty::id)).anyMatch(id::equals);
    }

    /** The program's year, first and last day inclusive. */
    public record Year(LocalDate first, LocalDate last) {

        public static Year of(ProgramDocument program) {
            LocalDate start = LocalDate.parse(program.start());
            return new Year(start, start.plusDays((long) program.blocks() * program.blockDays() - 1));
        }

        Optional<LocalDate> date(String text, String field, List<FieldError> errors) {
            if (text == null || text.isBlank()) {
                errors.add(new FieldError(field, "is missing (an ISO date, e.g. " + first + ")"));
                return Optional.empty();
            }
            try {
                LocalDate date = LocalDate.parse(text.trim());
                if (date.isBefore(first) || date.isAfter(last)) {
                    errors.add(new FieldError(field, text + " is outside the academic year (" + first + " .. " + last + ")"));
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "'" + text + "' is not a date (YYYY-MM-DD, e.g. " + first + ")"));
                return Optional.empty();
            }
        }
    }
}
