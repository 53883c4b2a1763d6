package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.engine.RepairRequest;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramDocument;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A repair's checked parameters: what it must absorb (a new absence, or a person no longer available),
 * the first day it may change, and the solve parameters. Checked against the stored program: the person
 * must be one of its people and every date must lie in its year.
 */
public record RepairParameters(SolveParameters solve, ProgramDocument.Absence absence, String removedPerson,
                               LocalDate freezeBefore) {

    /**
     * @param today the date a missing {@code freezeBefore} defaults to (the year's first day before it begins)
     * @throws InvalidDocumentException naming every bad field (422)
     */
    public static RepairParameters of(ProgramDocument.Absence absence, String removedPerson, String freezeBefore,
                                      Integer timeLimitSeconds, Long seed, Integer threads,
                                      ProgramDocument program, SolveLimits limits, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        SolveParameters solve = SolveParameters.check(timeLimitSeconds, seed, threads, null, limits, errors);
        Year year = Year.of(program);
        if ((absence == null) == (removedPerson == null)) {
            errors.add(new FieldError("absence", "give either an absence or a removedPerson (exactly one)"));
        }
        if (removedPerson != null && !year.isPerson(program, removedPerson)) {
            errors.add(new FieldError("removedPerson", "'" + removedPerson + "' is not a resident or faculty member"));
        }
        LocalDate freeze = freeze(freezeBefore, year, today, errors);
        if (absence != null) {
            checkAbsence(absence, program, year, errors);
        }
        InvalidDocumentException.requireNone(errors);
        return new RepairParameters(solve, absence, removedPerson, freeze);
    }

    private static LocalDate freeze(String given, Year year, LocalDate today, List<FieldError> errors) {
        if (given != null) {
            return year.date(given, "freezeBefore", errors).orElse(null);
        }
        if (today.isAfter(year.last())) {
            errors.add(new FieldError("freezeBefore", "the schedule's year ended on " + year.last()
                    + "; give freezeBefore explicitly"));
            return null;
        }
        return today.isBefore(year.first()) ? year.first() : today;
    }

    /**
     * An absence may lie before the freeze date: it is a fact, so the engine changes its own days even there
     * (and nothing else before the freeze date).
     */
    private static void checkAbsence(ProgramDocument.Absence absence, ProgramDocument program, Year year,
                                     List<FieldError> errors) {
        if (absence.person() == null || !year.isPerson(program, absence.person())) {
            errors.add(new FieldError("absence.person", (absence.person() == null ? "is missing" :
                    "'" + absence.person() + "' is not a resident or faculty member")));
        }
        if (absence.kind() == null || absence.kind().isBlank()) {
            errors.add(new FieldError("absence.kind", "is missing (e.g. \"vacation\", \"sick\")"));
        }
        Optional<LocalDate> start = year.date(absence.start(), "absence.start", errors);
        Optional<LocalDate> end = year.date(absence.end(), "absence.end", errors);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            errors.add(new FieldError("absence.end", "is before absence.start (" + start.get() + ")"));
        }
    }

    public RepairRequest request() {
        return absence != null ? RepairRequest.absence(absence, freezeBefore)
                : RepairRequest.removal(removedPerson, freezeBefore);
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = solve.toJson().add("freezeBefore", freezeBefore.toString());
        if (absence != null) {
            json.add("absence", Json.createObjectBuilder().add("person", absence.person())
                    .add("start", absence.start()).add("end", absence.end()).add("kind", absence.kind()));
        } else {
            json.add("removedPerson", removedPerson);
        }
        return json;
    }

    public static RepairParameters fromJson(JsonObject json) {
        JsonObject a = json.getJsonObject("absence");
        ProgramDocument.Absence absence = a == null ? null : new ProgramDocument.Absence(a.getString("person"),
                a.getString("start"), a.getString("end"), a.getString("kind"));
        return new RepairParameters(SolveParameters.fromJson(json), absence,
                json.getString("removedPerson", null), LocalDate.parse(json.getString("freezeBefore")));
    }

    /** The program's year: its first and last day. */
    private record Year(LocalDate first, LocalDate last) {

        static Year of(ProgramDocument program) {
            LocalDate start = LocalDate.parse(program.start());
            return new Year(start, start.plusDays((long) program.blocks() * program.blockDays() - 1));
        }

        Optional<LocalDate> date(String text, String field, List<FieldError> errors) {
            if (text == null) {
                errors.add(new FieldError(field, "is missing (an ISO date, e.g. " + first + ")"));
                return Optional.empty();
            }
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.isBefore(first) || date.isAfter(last)) {
                    errors.add(new FieldError(field, text + " is outside the schedule's year (" + first + " .. "
                            + last + ")"));
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "'" + text + "' is not an ISO date (e.g. " + first + ")"));
                return Optional.empty();
            }
        }

        boolean isPerson(ProgramDocument program, String id) {
            return Stream.concat(program.residents().stream().map(ProgramDocument.Resident::id),
                    program.faculty().stream().map(ProgramDocument.Faculty::id)).anyMatch(id::equals);
        }
    }
}
