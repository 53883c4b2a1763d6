package org.residency.scheduler.generation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.boundary.AbsenceService;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.RunKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores what the engine produced as a new schedule (the schedule it started from, for a repair, stays).
 * A repaired schedule answers the program with the new absence, so the absence is added to the stored
 * program in the same transaction: both are stored or neither.
 */
@Stateless
public class SolveResults {

    @Inject
    ScheduleService schedules;

    @Inject
    AbsenceService absences;

    public String storeGenerated(long programId, ScheduleDocument schedule, String parameters, String outcome) {
        return schedules.storeRun(programId, schedule, RunKind.GENERATED, parameters, outcome);
    }

    /**
     * @param before the program the repair started from
     * @param after  the program the engine answered (with the repair's absences applied)
     */
    public String storeRepaired(long programId, ProgramDocument before, ProgramDocument after,
                                ScheduleDocument schedule, String parameters, String outcome) {
        for (ProgramDocument.Absence added : added(before, after)) {
            absences.add(programId, added);
        }
        return schedules.storeRun(programId, schedule, RunKind.REPAIR, parameters, outcome);
    }

    /** Absences of {@code after} that {@code before} does not have, each as often as it is missing. */
    static List<ProgramDocument.Absence> added(ProgramDocument before, ProgramDocument after) {
        List<ProgramDocument.Absence> known = new ArrayList<>(before.absences() == null ? List.of() : before.absences());
        List<ProgramDocument.Absence> added = new ArrayList<>();
        for (ProgramDocument.Absence a : after.absences() == null ? List.<ProgramDocument.Absence>of() : after.absences()) {
            if (!known.remove(a)) {
                added.add(a);
            }
        }
        return added;
    }
}
