package org.residency.scheduler.program.control;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.entity.Absence;
import org.residency.scheduler.program.entity.Faculty;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.program.entity.Resident;
import org.residency.scheduler.program.entity.Rotation;
import org.residency.scheduler.program.entity.RotationRules;

import java.util.List;

/** Writes a stored program back as the document it came from: same fields, same order, same optional lists. */
public final class ProgramExporter {

    private ProgramExporter() {
    }

    public static ProgramDocument toDocument(Program p) {
        return new ProgramDocument(ProgramDocument.FORMAT, p.getName(), p.getStart().toString(), p.getBlocks(),
                p.getBlockDays(), new ProgramDocument.Hours(p.getHalfDayHours(), p.getCallNightHours()),
                p.getResidents().stream().map(ProgramExporter::resident).toList(),
                p.getFaculty().stream().map(ProgramExporter::faculty).toList(),
                p.getRotations().stream().map(ProgramExporter::rotation).toList(),
                p.getCurriculum().stream().map(c -> new ProgramDocument.CurriculumEntry(c.getPgy(),
                        c.getRotation().getExternalId(), c.getMinBlocks(), c.getMaxBlocks())).toList(),
                p.hasFixed() ? p.getFixed().stream().map(f -> new ProgramDocument.FixedAssignment(
                        f.getResident().getExternalId(), f.getBlock(), f.getRotation().getExternalId())).toList() : null,
                new ProgramDocument.Clinic(p.getClinicCapacity()),
                p.hasAbsences() ? p.getAbsences().stream().map(ProgramExporter::absence).toList() : null,
                p.hasRequests() ? p.getRequests().stream().map(q -> new ProgramDocument.Request(
                        q.getPerson().getExternalId(), q.getDate().toString(), q.getKind())).toList() : null,
                p.getPgy1PerFaculty() == null ? null
                        : new ProgramDocument.Supervision(p.getPgy1PerFaculty(), p.getSeniorPerFaculty()));
    }

    public static ProgramDocument.Resident resident(Resident r) {
        return new ProgramDocument.Resident(r.getExternalId(), r.getName(), r.getPgy());
    }

    public static ProgramDocument.Faculty faculty(Faculty f) {
        return new ProgramDocument.Faculty(f.getExternalId(), f.getName(), f.getMaxPreceptPerWeek());
    }

    public static ProgramDocument.Rotation rotation(Rotation x) {
        RotationRules r = x.getRules();
        return new ProgramDocument.Rotation(x.getExternalId(), x.getName(), List.copyOf(x.getPgyLevels()),
                r.getMinResidents(), r.getMaxResidents(), r.getMinPerSession(), r.isWorksWeekends(),
                r.getClinicPerWeek(), r.isCallPool());
    }

    public static ProgramDocument.Absence absence(Absence a) {
        return new ProgramDocument.Absence(a.getPerson().getExternalId(), a.getStart().toString(),
                a.getEnd().toString(), a.getKind());
    }
}
