package org.residency.scheduler.program.control;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.entity.Absence;
import org.residency.scheduler.program.entity.CurriculumEntry;
import org.residency.scheduler.program.entity.DayOffRequest;
import org.residency.scheduler.program.entity.Faculty;
import org.residency.scheduler.program.entity.FixedAssignment;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.program.entity.Resident;
import org.residency.scheduler.program.entity.Rotation;
import org.residency.scheduler.program.entity.RotationRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the entities of a program from a document that has passed {@code ProgramChecks}. */
public final class ProgramMapper {

    private ProgramMapper() {
    }

    public static Program toEntity(ProgramDocument d) {
        Program p = new Program(d.name(), LocalDate.parse(d.start()), d.blocks(), d.blockDays());
        p.setHours(d.hours().halfDay(), d.hours().callNight());
        p.setClinicCapacity(d.clinic().capacityPerSession());
        if (d.supervision() != null) {
            p.setSupervision(d.supervision().pgy1PerFaculty(), d.supervision().seniorPerFaculty());
        }
        p.setListsPresent(d.fixed() != null, d.absences() != null, d.requests() != null);
        d.residents().forEach(r -> p.getResidents().add(resident(p, r, p.getResidents().size())));
        d.faculty().forEach(f -> p.getFaculty().add(faculty(p, f, p.getFaculty().size())));
        d.rotations().forEach(x -> p.getRotations().add(rotation(p, x, p.getRotations().size())));
        lists(p, d);
        return p;
    }

    private static void lists(Program p, ProgramDocument d) {
        Map<String, Rotation> rotations = byId(p.getRotations().stream(), Rotation::getExternalId);
        Map<String, Person> people = people(p);
        for (ProgramDocument.CurriculumEntry c : d.curriculum()) {
            p.getCurriculum().add(new CurriculumEntry(p, c.pgy(), rotations.get(c.rotation()), c.minBlocks(),
                    c.maxBlocks(), p.getCurriculum().size()));
        }
        for (ProgramDocument.FixedAssignment f : Objects.requireNonNullElse(d.fixed(), List.<ProgramDocument.FixedAssignment>of())) {
            p.getFixed().add(new FixedAssignment(p, (Resident) people.get(f.resident()), f.block(),
                    rotations.get(f.rotation()), p.getFixed().size()));
        }
        for (ProgramDocument.Absence a : Objects.requireNonNullElse(d.absences(), List.<ProgramDocument.Absence>of())) {
            p.getAbsences().add(absence(p, people.get(a.person()), a, p.getAbsences().size()));
        }
        for (ProgramDocument.Request q : Objects.requireNonNullElse(d.requests(), List.<ProgramDocument.Request>of())) {
            p.getRequests().add(new DayOffRequest(p, people.get(q.person()), LocalDate.parse(q.date()), q.kind(),
                    p.getRequests().size()));
        }
    }

    public static Resident resident(Program p, ProgramDocument.Resident r, int position) {
        return new Resident(p, r.id(), r.name(), r.pgy(), position);
    }

    public static Faculty faculty(Program p, ProgramDocument.Faculty f, int position) {
        return new Faculty(p, f.id(), f.name(), f.maxPreceptPerWeek(), position);
    }

    public static Rotation rotation(Program p, ProgramDocument.Rotation x, int position) {
        Rotation rotation = new Rotation(p, x.id(), position);
        describe(rotation, x);
        return rotation;
    }

    public static void describe(Rotation rotation, ProgramDocument.Rotation x) {
        rotation.describe(x.name(), x.pgy(), new RotationRules(x.minResidents(), x.maxResidents(),
                x.minPerSession(), x.worksWeekends(), x.clinicPerWeek(), x.callPool()));
    }

    public static Absence absence(Program p, Person person, ProgramDocument.Absence a, int position) {
        Absence absence = new Absence(p, person, position);
        absence.span(LocalDate.parse(a.start()), LocalDate.parse(a.end()), a.kind());
        return absence;
    }

    /** Residents and faculty by their external id. */
    public static Map<String, Person> people(Program p) {
        return byId(Stream.concat(p.getResidents().stream(), p.getFaculty().stream()), Person::getExternalId);
    }

    private static <T> Map<String, T> byId(Stream<? extends T> items, Function<T, String> id) {
        return items.collect(Collectors.toMap(id, Function.identity()));
    }
}
