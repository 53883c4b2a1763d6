package org.residency.scheduler.format;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The checks of the lists that refer to people and rotations: curriculum, fixed, absences, requests. */
final class ProgramListChecks {

    private final ProgramChecks program;
    private final Findings findings;
    private final Values values;

    ProgramListChecks(ProgramChecks program) {
        this.program = program;
        this.findings = program.findings();
        this.values = program.values();
    }

    void all(ProgramDocument p) {
        curriculum(p);
        fixed(p);
        absences(p);
        requests(p);
    }

    private void curriculum(ProgramDocument p) {
        Set<String> seen = new HashSet<>();
        Items.each(findings, p.curriculum(), "program.curriculum", false, (w, c) -> {
            boolean keyed = values.integer(c.pgy(), w + ".pgy", 1, 3) & rotation(c.rotation(), w);
            if (keyed) {
                findings.need(seen.add(c.pgy() + " " + c.rotation()), w,
                        "second entry for PGY-" + c.pgy() + " " + c.rotation());
            }
            values.integer(c.minBlocks(), w + ".minBlocks", 0);
            values.integer(c.maxBlocks(), w + ".maxBlocks", 0);
        });
    }

    private void fixed(ProgramDocument p) {
        Items.each(findings, p.fixed(), "program.fixed", true, (w, f) -> {
            findings.need(program.isResident(f.resident()), w + ".resident",
                    Values.show(f.resident()) + " is not a resident");
            if (p.blocks() != null && p.blocks() >= 1) {
                values.integer(f.block(), w + ".block", 1, p.blocks());
            }
            rotation(f.rotation(), w);
        });
    }

    private void absences(ProgramDocument p) {
        Items.each(findings, p.absences(), "program.absences", true, (w, a) -> {
            person(a.person(), w);
            Optional<LocalDate> first = values.date(a.start(), w + ".start");
            Optional<LocalDate> last = values.date(a.end(), w + ".end");
            if (first.isPresent() && last.isPresent()) {
                findings.need(!last.get().isBefore(first.get()), w, "end is before start");
            }
        });
    }

    private void requests(ProgramDocument p) {
        Items.each(findings, p.requests(), "program.requests", true, (w, q) -> {
            person(q.person(), w);
            findings.need("OFF".equals(q.kind()), w + ".kind", "expected \"OFF\"");
            Optional<Long> day = values.date(q.date(), w + ".date").flatMap(program::dayOf);
            if (day.isPresent() && program.days() > 0) {
                findings.need(day.get() >= 0 && day.get() < program.days(), w + ".date",
                        q.date() + " is outside the year");
            }
        });
    }

    private void person(String id, String where) {
        findings.need(program.isPerson(id), where + ".person", Values.show(id) + " is not a resident or faculty");
    }

    private boolean rotation(String id, String where) {
        return findings.need(program.isRotation(id), where + ".rotation", Values.show(id) + " is not a rotation");
    }
}
