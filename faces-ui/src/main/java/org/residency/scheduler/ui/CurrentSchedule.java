package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.resilience.boundary.ResilienceService;

import java.util.Optional;

/**
 * The schedule the pages show by default for the current program: the one resilience treats as published
 * (ResilienceService.published, today the most recently updated), so dashboard, grid and resilience agree.
 */
@Named
@RequestScoped
public class CurrentSchedule {

    @Inject
    ResilienceService resilience;

    @Inject
    CurrentProgram program;

    private Optional<String> key;

    /** The current program's current schedule id; empty when there is no program or no schedule yet. */
    public Optional<String> key() {
        if (key == null) {
            Long programId = program.getId();
            key = programId == null ? Optional.empty() : find(programId);
        }
        return key;
    }

    public String getKey() {
        return key().orElse(null);
    }

    private Optional<String> find(long programId) {
        try {
            return Optional.of(resilience.published(programId, null).getKey());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }
}
