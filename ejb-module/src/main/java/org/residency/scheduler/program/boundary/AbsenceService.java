package org.residency.scheduler.program.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.control.ProgramExporter;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Absence;
import org.residency.scheduler.program.entity.Program;

import java.util.List;

import static org.residency.scheduler.program.control.ProgramDocuments.appended;
import static org.residency.scheduler.program.control.ProgramDocuments.replaced;
import static org.residency.scheduler.program.control.ProgramDocuments.withAbsences;
import static org.residency.scheduler.program.control.ProgramEdits.requireValid;

/** The absences of a program, keyed by their stored id. */
@Stateless
public class AbsenceService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramStore store;

    public List<StoredAbsence> list(long programId) {
        return store.load(programId).getAbsences().stream().map(StoredAbsence::of).toList();
    }

    public StoredAbsence get(long programId, long id) {
        return StoredAbsence.of(find(store.load(programId), id));
    }

    public StoredAbsence add(long programId, ProgramDocument.Absence absence) {
        Program program = store.load(programId);
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withAbsences(document, appended(document.absences(), absence)));
        Absence entity = ProgramMapper.absence(program, ProgramMapper.people(program).get(absence.person()),
                absence, program.getAbsences().size());
        program.getAbsences().add(entity);
        program.setListsPresent(program.hasFixed(), true, program.hasRequests());
        em.flush(); // assigns the id the caller's Location header needs
        return StoredAbsence.of(entity);
    }

    public StoredAbsence replace(long programId, long id, ProgramDocument.Absence absence) {
        Program program = store.load(programId);
        Absence entity = find(program, id);
        ProgramDocument document = ProgramExporter.toDocument(program);
        requireValid(withAbsences(document, replaced(document.absences(), entity.getPosition(), absence)));
        Absence fresh = ProgramMapper.absence(program, ProgramMapper.people(program).get(absence.person()),
                absence, entity.getPosition());
        entity.setPerson(fresh.getPerson());
        entity.span(fresh.getStart(), fresh.getEnd(), fresh.getKind());
        return StoredAbsence.of(entity);
    }

    /** Nothing refers to an absence, so removing one never invalidates the program. */
    public void remove(long programId, long id) {
        Program program = store.load(programId);
        program.getAbsences().remove(find(program, id));
        Positions.renumber(program.getAbsences(), Absence::setPosition);
    }

    private static Absence find(Program program, long id) {
        return program.getAbsences().stream().filter(a -> a.getId() == id).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no absence " + id + " in program " + program.getId()));
    }
}
