package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.ProgramSummary;

import java.util.List;

/**
 * The start page ({@code index.xhtml}): every program, and the people and rotations of the one
 * chosen with {@code ?program=ID}.
 */
@Named
@RequestScoped
public class ProgramsBacking {

    @Inject
    ProgramService programs;

    private Long programId;
    private ProgramDocument selected;
    private List<ProgramSummary> all;

    public List<ProgramSummary> getPrograms() {
        if (all == null) {
            all = programs.list();
        }
        return all;
    }

    /** Called by the page's view action once the {@code program} parameter is set. */
    public void load() {
        if (programId == null) {
            return;
        }
        try {
            selected = programs.export(programId);
        } catch (ResourceNotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "There is no program " + programId + ".", null));
        }
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public ProgramDocument getSelected() {
        return selected;
    }

    public String rotationName(String rotationId) {
        return selected.rotations().stream().filter(r -> r.id().equals(rotationId))
                .map(ProgramDocument.Rotation::name).findFirst().orElse(rotationId);
    }
}
