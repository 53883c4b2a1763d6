package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.boundary.ProgramService;

/**
 * The start page ({@code index.xhtml}): every program, and the people and rotations of the current one
 * ({@link CurrentProgram}; {@code ?program=ID} chooses it).
 */
@Named
@RequestScoped
public class ProgramsBacking {

    @Inject
    ProgramService programs;

    @Inject
    CurrentProgram current;

    private ProgramDocument selected;
    private boolean loaded;

    public ProgramDocument getSelected() {
        if (!loaded) {
            loaded = true;
            Long id = current.getId();
            try {
                selected = id == null ? null : programs.export(id);
            } catch (ResourceNotFoundException e) {
                selected = null; // removed since the list was read: the page shows the list only
            }
        }
        return selected;
    }
}
