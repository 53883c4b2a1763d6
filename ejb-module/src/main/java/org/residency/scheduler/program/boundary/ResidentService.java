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
import org.residency.scheduler.program.entity.Resident;

import java.util.List;

import static org.residency.scheduler.program.control.ProgramDocuments.appended;
import static org.residency.scheduler.program.control.ProgramDocuments.replaced;
import static org.residency.scheduler.program.control.ProgramDocuments.withResidents;
import static org.residency.scheduler.program.control.ProgramEdits.requireSameId;
import static org.residency.scheduler.program.control.ProgramEdits.requireUnreferenced;
import static org.residency.scheduler.program.control.ProgramEdits.requireValid;

/** The residents of a program, each edit checked on the whole program document first. */
@Stateless
public class ResidentService {

    @Inject
    ProgramStore store;

    public List<ProgramDocument.Resident> list(long programId) {
        return store.load(programId).getResidents().stream().map(ProgramExporter::resident).toList();
    }

    public ProgramDocument.Resident get(long programId, String id) {
        return ProgramExporter.resident(find(store.load(programId), id));
    }

    public ProgramDocument.Resident add(long programId, ProgramDocument.Resident resident) {
        Program program = store.load(programId);
        if (resident.id() != null && ProgramMapper.people(program).containsKey(resident.id())) {
            throw new ConflictException("person " + resident.id() + " exists");
        }
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withResidents(document, appended(document.residents(), resident)));
        program.getResidents().add(ProgramMapper.resident(program, resident, program.getResidents().size()));
        return resident;
    }

    public ProgramDocument.Resident replace(long programId, String id, ProgramDocument.Resident body) {
        Program program = store.load(programId);
        Resident entity = find(program, id);
        ProgramDocument.Resident resident = new ProgramDocument.Resident(
                requireSameId(id, body.id(), "id"), body.name(), body.pgy());
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withResidents(document, replaced(document.residents(), entity.getPosition(), resident)));
        entity.setName(resident.name());
        entity.setPgy(resident.pgy());
        return resident;
    }

    public void remove(long programId, String id) {
        Program program = store.load(programId);
        Resident entity = find(program, id);
        store.requireUnscheduled(entity);
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireUnreferenced(withResidents(document, replaced(document.residents(), entity.getPosition(), null)),
                "resident " + id);
        program.getResidents().remove(entity);
        Positions.renumber(program.getResidents(), Resident::setPosition);
    }

    private static Resident find(Program program, String id) {
        return program.getResidents().stream().filter(r -> r.getExternalId().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no resident " + id + " in program " + program.getId()));
    }
}
