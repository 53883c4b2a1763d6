package org.residency.scheduler.program.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.control.ProgramExporter;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.program.entity.Faculty;

import java.util.List;

import static org.residency.scheduler.program.control.ProgramDocuments.appended;
import static org.residency.scheduler.program.control.ProgramDocuments.replaced;
import static org.residency.scheduler.program.control.ProgramDocuments.withFaculty;
import static org.residency.scheduler.program.control.ProgramEdits.requireSameId;
import static org.residency.scheduler.program.control.ProgramEdits.requireUnreferenced;
import static org.residency.scheduler.program.control.ProgramEdits.requireValid;

/** The faculty of a program, each edit checked on the whole program document first. */
@Stateless
public class FacultyService {

    @Inject
    ProgramStore store;

    public List<ProgramDocument.Faculty> list(long programId) {
        return store.load(programId).getFaculty().stream().map(ProgramExporter::faculty).toList();
    }

    public ProgramDocument.Faculty get(long programId, String id) {
        return ProgramExporter.faculty(find(store.load(programId), id));
    }

    public ProgramDocument.Faculty add(long programId, ProgramDocument.Faculty member) {
        Program program = store.load(programId);
        if (member.id() != null && ProgramMapper.people(program).containsKey(member.id())) {
            throw new ConflictException("person " + member.id() + " exists");
        }
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withFaculty(document, appended(document.faculty(), member)));
        program.getFaculty().add(ProgramMapper.faculty(program, member, program.getFaculty().size()));
        return member;
    }

    public ProgramDocument.Faculty replace(long programId, String id, ProgramDocument.Faculty body) {
        Program program = store.load(programId);
        Faculty entity = find(program, id);
        ProgramDocument.Faculty member = new ProgramDocument.Faculty(
                requireSameId(id, body.id(), "id"), body.name(), body.maxPreceptPerWeek());
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withFaculty(document, replaced(document.faculty(), entity.getPosition(), member)));
        entity.setName(member.name());
        entity.setMaxPreceptPerWeek(member.maxPreceptPerWeek());
        return member;
    }

    public void remove(long programId, String id) {
        Program program = store.load(programId);
        Faculty entity = find(program, id);
        store.requireUnscheduled(entity);
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireUnreferenced(withFaculty(document, replaced(document.faculty(), entity.getPosition(), null)),
                "faculty member " + id);
        program.getFaculty().remove(entity);
        Positions.renumber(program.getFaculty(), Faculty::setPosition);
    }

    private static Faculty find(Program program, String id) {
        return program.getFaculty().stream().filter(r -> r.getExternalId().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no faculty member " + id + " in program " + program.getId()));
    }
}
