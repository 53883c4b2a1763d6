package org.residency.scheduler.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape checks of {@code check.py}'s {@code Program} on a parsed {@code residency-program/1} document.
 * Where check.py stops at its first error this collects every independent one; a check that depends on
 * a field already reported (an unknown start, a list that is not there) is skipped.
 */
public final class ProgramChecks {

    private final Findings findings = new Findings();
    private final Values values = new Values(findings);
    private final Set<String> residents = new LinkedHashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Set<String> rotations = new HashSet<>();
    private LocalDate start;
    private int days = -1;

    private ProgramChecks() {
    }

    public static List<FieldError> check(ProgramDocument p) {
        ProgramChecks checks = new ProgramChecks();
        if (checks.findings.need(p != null, "program", "expected a JSON object")) {
            checks.all(p);
        }
        return checks.findings.list();
    }

    private void all(ProgramDocument p) {
        findings.need(ProgramDocument.FORMAT.equals(p.format()), "program.format",
                "expected \"" + ProgramDocument.FORMAT + "\", got " + Values.show(p.format()));
        start = values.date(p.start(), "program.start").orElse(null);
        boolean sized = values.integer(p.blocks(), "program.blocks", 1)
                & values.integer(p.blockDays(), "program.blockDays", 1);
        if (sized) {
            days = p.blocks() * p.blockDays();
        }
        hours(p.hours());
        residents(p.residents());
        faculty(p.faculty());
        rotations(p.rotations());
        new ProgramListChecks(this).all(p);
        clinic(p.clinic());
        supervision(p.supervision());
    }

    private void hours(ProgramDocument.Hours h) {
        if (findings.need(h != null, "program.hours", "expected an object")) {
            values.number(h.halfDay(), "program.hours.halfDay");
            values.number(h.callNight(), "program.hours.callNight");
        }
    }

    private void residents(List<ProgramDocument.Resident> list) {
        Items.each(findings, list, "program.residents", false, (w, r) -> {
            if (person(r.id(), w)) {
                residents.add(r.id());
            }
            values.integer(r.pgy(), w + ".pgy", 1, 3);
        });
    }

    private void faculty(List<ProgramDocument.Faculty> list) {
        Items.each(findings, list, "program.faculty", false, (w, f) -> {
            person(f.id(), w);
            values.integer(f.maxPreceptPerWeek(), w + ".maxPreceptPerWeek", 0);
        });
    }

    private boolean person(String id, String where) {
        return values.text(id, where + ".id")
                && findings.need(people.add(id), where, "duplicate person id '" + id + "'");
    }

    private void rotations(List<ProgramDocument.Rotation> list) {
        Items.each(findings, list, "program.rotations", false, (w, x) -> {
            if (values.text(x.id(), w + ".id")) {
                findings.need(rotations.add(x.id()), w, "duplicate rotation id '" + x.id() + "'");
            }
            List<Integer> levels = x.pgy();
            findings.need(levels != null && levels.stream().allMatch(v -> v != null && v >= 1 && v <= 3),
                    w + ".pgy", "expected a list of PGY levels 1..3");
            values.integer(x.minResidents(), w + ".minResidents", 0);
            values.integer(x.maxResidents(), w + ".maxResidents", 0);
            values.integer(x.minPerSession(), w + ".minPerSession", 0);
            values.bool(x.worksWeekends(), w + ".worksWeekends");
            values.integer(x.clinicPerWeek(), w + ".clinicPerWeek", 0);
            values.bool(x.callPool(), w + ".callPool");
        });
    }

    private void clinic(ProgramDocument.Clinic c) {
        if (findings.need(c != null, "program.clinic", "expected an object")) {
            values.integer(c.capacityPerSession(), "program.clinic.capacityPerSession", 0);
        }
    }

    /** Absent means the default 2 and 4; present, both ratios are required. */
    private void supervision(ProgramDocument.Supervision s) {
        if (s != null) {
            values.integer(s.pgy1PerFaculty(), "program.supervision.pgy1PerFaculty", 1);
            values.integer(s.seniorPerFaculty(), "program.supervision.seniorPerFaculty", 1);
        }
    }

    // ---- what the list checks need to know about the program so far

    Findings findings() {
        return findings;
    }

    Values values() {
        return values;
    }

    boolean isResident(String id) {
        return id != null && residents.contains(id);
    }

    boolean isPerson(String id) {
        return id != null && people.contains(id);
    }

    boolean isRotation(String id) {
        return id != null && rotations.contains(id);
    }

    /** Day index of the date in the year, empty when the start is unknown. */
    Optional<Long> dayOf(LocalDate date) {
        return start == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(start, date));
    }

    int days() {
        return days;
    }
}
