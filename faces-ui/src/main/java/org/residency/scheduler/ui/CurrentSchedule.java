package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;

import java.util.Optional;

/**
 * The schedule the pages show by default for the current program: its schedule of record
 * ({@link ScheduleService#ofRecord}), the published one; while nothing is published coordinators and admins
 * get the most recently updated draft and residents and faculty nothing. Dashboard, grid, edit page,
 * exports and resilience agree because they all ask the same rule.
 */
@Named
@RequestScoped
public class CurrentSchedule {

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentProgram program;

    @Inject
    CurrentUser user;

    private Optional<Schedule> found;

    private Optional<Schedule> found() {
        if (found == null) {
            Long programId = program.getId();
            found = programId == null ? Optional.empty() : find(programId);
        }
        return found;
    }

    /** The current program's schedule of record for the signed-in user; empty when there is none for them. */
    public Optional<String> key() {
        return found().map(Schedule::getKey);
    }

    public String getKey() {
        return key().orElse(null);
    }

    /** DRAFT, PUBLISHED (ARCHIVED never is the schedule of record), or null without one. */
    public String getStatus() {
        return found().map(s -> s.getStatus().name()).orElse(null);
    }

    /** A coordinator looks at a draft because nothing is published yet: the pages say so. */
    public boolean isDraft() {
        return "DRAFT".equals(getStatus());
    }

    /** Why there is nothing to show, for the pages' empty state. */
    public String getMissing() {
        String name = program.getName();
        if (name == null) {
            return "There is no program yet.";
        }
        if (!user.isManager()) {
            return "No schedule has been published yet for " + name + ".";
        }
        return name + " has no schedule yet.";
    }

    private Optional<Schedule> find(long programId) {
        try {
            return schedules.ofRecord(programId, user.isManager());
        } catch (ResourceNotFoundException programGone) {
            return Optional.empty();
        }
    }
}
