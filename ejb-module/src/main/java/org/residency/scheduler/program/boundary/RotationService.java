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
import org.residency.scheduler.program.entity.Rotation;

import java.util.List;

import static org.residency.scheduler.program.control.ProgramDocuments.appended;
import static org.residency.scheduler.program.control.ProgramDocuments.replaced;
import static org.residency.scheduler.program.control.ProgramDocuments.withRotations;
import static org.residency.scheduler.program.control.ProgramEdits.requireSameId;
import static org.residency.scheduler.program.control.ProgramEdits.requireUnreferenced;
import static org.residency.scheduler.program.control.ProgramEdits.requireValid;

/**
 * The rotations of a program. A rotation still named by the curriculum or a fixed block cannot be removed
 * (409); stored schedules name rotations as text and are not affected.
 */
@Stateless
public class RotationService {

    @Inject
    ProgramStore store;

    public List<ProgramDocument.Rotation> list(long programId) {
        return store.load(programId).getRotations().stream().map(ProgramExporter::rotation).toList();
    }

    public ProgramDocument.Rotation get(long programId, String id) {
        return ProgramExporter.rotation(find(store.load(programId), id));
    }

    public ProgramDocument.Rotation add(long programId, ProgramDocument.Rotation rotation) {
        Program program = store.load(programId);
        if (program.getRotations().stream().anyMatch(x -> x.getExternalId().equals(rotation.id()))) {
            throw new ConflictException("rotation " + rotation.id() + " exists");
        }
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withRotations(document, appended(document.rotations(), rotation)));
        program.getRotations().add(ProgramMapper.rotation(program, rotation, program.getRotations().size()));
        return rotation;
    }

    public ProgramDocument.Rotation replace(long programId, String id, ProgramDocument.Rotation body) {
        Program program = store.load(programId);
        Rotation entity = find(program, id);
        ProgramDocument.Rotation rotation = new ProgramDocument.Rotation(requireSameId(id, body.id(), "id"),
                body.name(), body.pgy(), body.minResidents(), body.maxResidents(), body.minPerSession(),
                body.worksWeekends(), body.clinicPerWeek(), body.callPool());
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withRotations(document, replaced(document.rotations(), entity.getPosition(), rotation)));
        ProgramMapper.describe(entity, rotation);
        return rotation;
    }

    public void remove(long programId, String id) {
        Program program = store.load(programId);
        Rotation entity = find(program, id);
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireUnreferenced(withRotations(document, replaced(document.rotations(), entity.getPosition(), null)),
                "rotation " + id);
        program.getRotations().remove(entity);
        Positions.renumber(program.getRotations(), Rotation::setPosition);
    }

    private static Rotation find(Program program, String id) {
        return program.getRotations().stream().filter(x -> x.getExternalId().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no rotation " + id + " in program " + program.getId()));
    }
}
